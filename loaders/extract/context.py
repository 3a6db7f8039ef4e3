"""Article context: what is read once per article before its sentences. Its title and sentences (page chrome
cleaned, split), its language (the sidecar's or detected), its publication date with the evidence for it and
that evidence's precision (DESIGN §2: `source` sources.csv → `page` the page's metadata → `text` a date line or
timestamp at the top → `url` a date in the URL → `inferred` the latest complete date the text states →
`year_only` a year implied by the text's own references → `unknown`), the day of the event it reports when the
publication date is coarser than a day ("15 мая прошла акция"), and its flags: about volunteering, about floods,
and the region or city of a regional article (from its title, else its lead). Sentence rules read this context."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from loaders import classify
from loaders.caseless import Caseless
from loaders.extract.areas import find_area, has_country_scope
from loaders.extract.patterns import WORD_END as _E
from loaders.extract.patterns import WORD_START as _W
from loaders.extract.periods import (
    Anchor,
    any_word_of,
    event_years_named,
    find_anchors,
    has_planned_word,
    is_a_target_year,
    is_comparison_base,
    is_done_once,
    is_past_plan,
    is_past_report,
    ru_perfective_future,
    years_of_results,
)
from loaders.extract.topic import FLOOD_STEMS, leading_topic, topic_scores
from loaders.lexicon import (
    MONTH_RE_EN,
    MONTH_RE_RU,
    REL_LAST_YEAR,
    REL_NEXT_YEAR,
    REL_NOW,
    REL_THIS_YEAR,
    THEME_NOT_AFTER,
    THEME_YEARS,
)
from loaders.numbers import word_number
from loaders.text import (
    DateGuess,
    Sentence,
    article_language,
    content_lines,
    copyright_year,
    normalize,
    publication_date,
    safe_date,
    sentence_language,
    sentences,
    site_calendar_date,
    unwrapped_url,
    weekday_number,
    yearless_header_day,
)

_NATIONAL_EVENT = re.compile(r"республикан|республикалық|национальн|ұлттық|national|всеказахстан|"
                             r"общенациональн|жалпыұлттық", re.I)
_NATIONAL_EVENT = Caseless(_NATIONAL_EVENT)  # loaders/caseless.py


def article_area(title: str | None, lead: str | None = None) -> str | None:
    """The region or city a regional article is about, from its title (else its lead sentence); None for
    national articles ("в Казахстане", "республикалық форум")."""
    for line in (title, lead):
        if not line:
            continue
        low = normalize(line).lower()
        if has_country_scope(low) or _NATIONAL_EVENT.search(low):
            return None
        area = find_area(low, 0)
        if area != "KZ":
            return area
    return None




def article_flags(body: str, title: str | None, lead: str | None = None) -> dict[str, Any]:
    low = body.lower()
    topics = topic_scores(body, title)
    topic = leading_topic(topics)
    return {
        "topics": topics,  # loaders/extract/topic.py: what the article is about, with scores
        "topic": topic,
        "volunteering": any(stem in low for stem in classify.VOLUNTEER_STEMS),
        # an article about floods: three or more mentions, or floods its leading topic (a short note whose headline
        # is about them: "Казахстанцы помогают пострадавшим от паводков")
        "flood": sum(map(low.count, FLOOD_STEMS)) >= 3 or topic == "floods",
        "area": article_area(title, lead),
        # an article about a competition of small grants: its winners and selected projects are grants awarded
        "small_grants": _small_grants(low) or _small_grants((title or "").lower()) or
        classify.SMALL_GRANTS_ACRONYM.search(body) is not None,
    }


def _small_grants(low: str) -> bool:
    # every form of SMALL_GRANTS names "грант" or "grant" (a lower-cased text has them lower-cased): the cheap
    # substring test spares the search over the whole body of most articles
    return ("грант" in low or "grant" in low) and classify.SMALL_GRANTS.search(low) is not None


# --- publication date -----------------------------------------------------------------------------------

def _alts(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


_LAST_YEAR_RE = re.compile(_W + _alts(REL_LAST_YEAR) + _E, re.I)
_THIS_YEAR_RE = re.compile(_W + _alts(REL_THIS_YEAR) + _E, re.I)
_NOW_RE = re.compile(_W + _alts(REL_NOW) + _E, re.I)
# Substring tests a sentence passes before the searches above (one of their words is in every match of them).
_MAY_SAY_LAST_YEAR = any_word_of(REL_LAST_YEAR)
_MAY_SAY_THIS_YEAR = any_word_of(REL_THIS_YEAR)
# A sentence about what is to come names years that have not been yet ("к 2030 году", "will be built by 2027").
_FUTURE_WORDS = re.compile(r"\bwill\b|\bby\s+(?:19|20)\d{2}|пройдет|пройдёт|состоится|будет|будут|\bк\s+(?:19|20)\d{2}|"
                           r"\bдо\s+(?:19|20)\d{2}|өтеді|өтпек|болады|"
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
                           # built in 2019"): an infinitive of a deed ahead
                           r"\b(?<!used )(?<!seems )(?<!seem )(?<!appears )(?<!happened )to\s+be\s+"
                           r"(?:implemented|built|constructed|completed|commissioned|opened|launched|allocated|spent|planted|repaired|"
                           r"renovated|carried\s+out|put\s+into\s+operation)\b|"
                           # a deadline ("the Program for the Development of Regions until 2020") and a target met
                           # before its year ("the indicator for 2020 is overfulfilled ahead of schedule")
                           r"\buntil\s+(?:19|20)\d{2}\b|ahead\s+of\s+schedule|досрочно|мерзімінен\s+бұрын|"
                           r"заявк\w*\s+на\s+проведение|претенду\w*\s+на\s+проведение", re.I)
# "году" left out in the second of two parallel clauses ("в прошлом году … 20 тысяч, в текущем – семь тысяч"):
# the text also speaks of this year (as periods.py reads the same clause as year to date).
_THIS_YEAR_ELIDED = re.compile(_W + r"в\s+(?:текущем|этом|нынешнем)(?=\s*(?:[—–]|-\s))", re.I)
_THIS_YEAR_ELIDED = Caseless(_THIS_YEAR_ELIDED)  # loaders/caseless.py
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


def _is_draft_budget_span(low: str, anchor: Any) -> bool:
    """Is the range of years the span of a draft budget (see above)?"""
    itself = low[anchor.start:anchor.end]
    head = low[max(0, anchor.start - 60):anchor.start] + ("for" if itself.startswith("for ") else "")
    return _DRAFT_BUDGET_SPAN.search(head) is not None or \
        _DRAFT_BUDGET_SPAN_KK.match(low, anchor.start, anchor.end + 60) is not None
_PLAN_SPAN_KK = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\s*(?:-?\s*жылдар\w*\s+)?арналған", re.I)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_THEMES = [(re.compile(pattern), year) for pattern, year in THEME_YEARS]
_THEMES_ANY_CASE = [(re.compile(pattern, re.I), year) for pattern, year in THEME_YEARS]
_THEME_DECLARED = re.compile(r"объявлен\w*|жарияланған|жарияланды|declared", re.I)
_THEME_DECLARED_PAST = re.compile(r"объявленн\w*|объявлен[аоы]?(?!\w)|жарияланған|жарияланды|"
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
    return founded + years if years and founded + years <= dt.date.today().year else None


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


def _about_the_future(low: str) -> bool:
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


def _is_plan_span(low: str, anchor: Any) -> bool:
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
               r"кросс\w*|забег\w*|пробег\w*|плоггинг\w*|жүгіру\w*|plogging|race|run)")
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
_EVENT_HELD = (r"состоял(?:ся|ась|ось|ись)|прош(?:[её]л|ла|ло|ли)|took\s+place|was\s+held|were\s+held|"
               r"өтті|өткізілді")
_EVENT_NOW = re.compile(_W + r"(?:бүгін\w*|қазір\w*|сегодня|сейчас|today|now|currently|в рамках|аясында|"
                        r"as part of|within|" + _TAKING_PART_NOW + "|" + _EVENT_HELD + r")" + _E, re.I)


# A project named with its year whose results the sentence reports ("«QURBAN 2020» жобасы аясында … 500-ден астам
# ерікті үлес қосып, 200-ге жуық автокөлік жұмылдырылды", "в рамках проекта «Qurban-2021» роздано 30 тонн мяса", "as
# part of the QURBAN 2020 project, 36 tonnes of meat were distributed"): the page was written in that year. A
# project's name may carry a target year as well («Казахстан-2050», "Цифровой Казахстан 2025"), so only a sentence
# reporting what was done in the past tense dates the page by it (a plan or the future never does: _about_the_future),
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
    if lang == "ru" and _DONE_PLURAL_RU.search(low):
        return True  # "средства переданы", "работы проданы", "подарки вручены": a completed deed
    return is_past_report(low.rstrip(" .!»\""), lang)


# A Russian plural short passive participle of a completed deed: "переданы", "собраны", "проданы", "вручены".
_DONE_PLURAL_RU = re.compile(r"(?<![\w-])(?:\w{3,}[её]ны|\w{1,}(?:дан|сан|бран|кан|ван|лан)ы)(?![\w-])")


# An event named with its year whose results the sentence reports is dated the same way ("Денежные средства,
# собранные на благотворительной ярмарке «Үміт-2019», переданы …", "«Мейірім-2019» жәрмеңкесінде жиналған қаражат
# … берілді", "the money raised at the «Umit-2019» charity fair was handed over"): the event words, with fairs,
# exhibitions and concerts, stand for the project's word.
_NAMED_DEED_WORD = (r"(?:" + _PROJECT_WORD + "|" + _EVENT_WORD + r"|ярмарк\w*|жәрмеңке\w*|fairs?\b|выставк\w*|"
                    r"көрме\w*|exhibitions?\b|концерт\w*|concerts?\b|аукцион\w*|auctions?\b)")


def project_name_year(low: str, today: dt.date | None = None) -> int | None:
    """The year in the name of a project whose results the sentence reports, None without one (see above)."""
    if not _YEAR_DIGITS.search(low) or not re.search(_NAMED_DEED_WORD, low):
        return None
    if _about_the_future(low) or (_MAY_SAY_LAST_YEAR(low) and _LAST_YEAR_RE.search(low) is not None) or \
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
            if year <= (today or dt.date.today()).year:
                return year
    return None


# A past deed of an event or a campaign: "провели акцию", "прошла", "состоялся", "was held", "өткізілді".
_HELD_IN_THE_PAST = re.compile(r"(?<!\w)(?:провел\w*|прош[её]л|прошла|прошли|состоял\w*|организовал\w*|"
                               r"өткізіл\w*|өткіз\w*ді|өтті|ұйымдастырыл\w*)|\b(?:was|were)\s+held\b|\bheld\b", re.I)


def last_years_event(low: str) -> int | None:
    """The year in the quoted name of an event the sentence says was held "last year" ("В прошлом году … провели
    акцию «Сүндет- 2019»", "Last year the «Clean Day 2019» campaign was held", "Былтыр «Таза аула-2019» акциясы
    өткізілді"): that year is the last one, so the text is of the year after it (implied_year adds it)."""
    if not _HELD_IN_THE_PAST.search(low) or _about_the_future(low):
        return None
    for m in _EVENT_NAME_YEAR[0].finditer(low):
        whole = low[max(0, m.start() - 24):m.end() + 24]
        if re.search(_W + _EVENT_WORD + _E, whole, re.I) is not None:
            return int(m.group(2))
    return None


def event_name_year(low: str) -> int | None:
    """The year in the name of an event the sentence tells is held now, None without one (see above); or of a
    project whose results it reports (project_name_year)."""
    if not _YEAR_DIGITS.search(low):
        return None
    if not _EVENT_NOW.search(low):
        return project_name_year(low)
    if _about_the_future(low) or (_MAY_SAY_LAST_YEAR(low) and _LAST_YEAR_RE.search(low) is not None):
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


def _year_of(m: re.Match[str]) -> int:
    """The year a pattern with one group per way of writing it caught (the first group that matched)."""
    return int(next(g for g in m.groups() if g))


def year_to_date_years(low: str) -> tuple[int, ...]:
    """The years a sentence counts from the start of, to date (see _YEAR_TO_DATE)."""
    return tuple(_year_of(m) for m in _YEAR_TO_DATE.finditer(low))


# (and a year compared with as a whole, in a sentence of a change: "По сравнению с 2009 годом, обхват детей
# увеличился на 6000 человек", "compared to 2009, … increased", "2009 жылмен салыстырғанда … артты": the text is of
# a later year, at least the one after)
_SAME_PERIOD_OF_A_YEAR = re.compile(r"(?:(?:same|corresponding|similar|analogous|comparable)\s+"
                                    r"(?:period|date|day|time)\s+"
                                    r"(?:of|in|last\s+year,?)\s*|"
                                    r"аналогичн\w+\s+(?:период\w*|дат\w*)\s+|(?:того\s+же\s+периода|"
                                    r"ту\s+же\s+дату)\s+)((?:19|20)\d{2})|((?:19|20)\d{2})\s+жылдың\s+"
                                    r"(?:сәйкес|осы|ұқсас)\s+кезең|"
                                    r"(?:по\s+сравнению\s+с|compared\s+(?:to|with))\s+((?:19|20)\d{2})(?!\s*[-–—])|"
                                    # "с увеличением на 30,2 тыс. га к уровню 2021 года", "относительно 2021 года"
                                    r"(?<!\w)(?:к\s+уровню|относительно)\s+((?:19|20)\d{2})(?!\s*[-–—])|"
                                    r"((?:19|20)\d{2})\s+жылмен\s+салыстырғанда|"
                                    # "получено более 318 тыс. тонн зерна, в 2014 году на этот период было намолочено
                                    # порядка 158": the same date of a year before
                                    r"(?<!\d)((?:19|20)\d{2})\s*(?:году|г\.)\s+на\s+(?:этот|тот|эту|ту)\s+(?:же\s+)?"
                                    r"(?:период|дату|время|момент)", re.I)


# A time counted back to a year the sentence names: "История … началась шесть лет назад … В конце ноября 2019 года
# мужчина ушел", "Six years ago, in 2019, …", "бес жыл бұрын, 2019 жылы": the text is about that many years after
# the year (one year named; see _year_counted_back).
_A_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

_YEARS_AGO = re.compile(_W + r"(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:лет|года|years|жыл)\s+(?:тому\s+)?(?:назад|ago|бұрын)"
                        + _E, re.I)


def _count_of_years(n: str) -> int:
    """A count of years in digits or words ("6", "шесть", "six", "алты"), kept from 2 to 30, else 0."""
    if n.isdigit():
        count = int(n)
    else:
        hit = next((h for h in (word_number(n, lang) for lang in ("ru", "en", "kk")) if h and not h[1]), None)
        count = int(hit[0]) if hit else 0
    return count if 2 <= count <= 30 else 0


def _years_back(low: str) -> int:
    """How many years the sentence counts back ("шесть лет назад": 6), 0 without such a count (2 to 30 only)."""
    m = _YEARS_AGO.search(low)
    return 0 if m is None else _count_of_years(m.group("n"))


# Years waited since a year the text named, up to now: "2002 жылы үй кезегінде тұрған едім. 17 жыл күтіп, бүгін
# үйдің кілтін алдым" (2019), "В 2002 году встала в очередь, ждала 17 лет", "she waited 17 years": the year named and
# the years waited, in one sentence or the next.
_YEARS_WAITED = re.compile(_W + r"(?:(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:жыл|лет|года|years)\s+(?:бойы\s+)?(?:күт\w*|"
                           r"ждал\w*|ожида\w*|of\s+waiting)|(?:ждал\w*|ожидал\w*|waited|had\s+waited)\s+(?:for\s+)?"
                           r"(?P<n2>\d{1,2}|[^\W\d_]+)\s+(?:лет|года|years))" + _E, re.I)


def _years_waited(low: str) -> int:
    """How many years the sentence tells were waited (2 to 30), 0 without such a count."""
    if "күт" not in low and "жда" not in low and "wait" not in low:
        return 0  # (a cheap test first: few sentences tell a wait)
    m = _YEARS_WAITED.search(low)
    return 0 if m is None else _count_of_years(m.group("n") or m.group("n2"))


# Years passed since a start the text names with its year, up to now: "Когда был создан регион (8 июня 2022 года) …
# За истекшие два года мы этот показатель увеличили до 56,5 процента" (2024), "Орталық 2019 жылы ашылды. Өткен үш жылда
# …" (2022), "The fund was founded in 2015. Over the past five years it has …" (2020): the start's year (one, in the
# sentence or the one before, with a word of starting) and the years passed.
_YEARS_PASSED = re.compile(
    _W + r"(?:(?:за|в)\s+(?:истекшие|прошедшие|минувшие)\s+(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:года|лет)|"
    r"прошло\s+(?:уже\s+)?(?P<n2>\d{1,2}|[^\W\d_]+)\s+(?:года|лет)|"
    r"(?:over|in|during)\s+the\s+past\s+(?P<n3>\d{1,2}|[^\W\d_]+)\s+years|"
    r"it\s+has\s+been\s+(?P<n4>\d{1,2}|[^\W\d_]+)\s+years\s+since|"
    r"өткен\s+(?P<n5>\d{1,2}|[^\W\d_]+)\s+жыл(?:да|да|ішінде)|(?P<n6>\d{1,2}|[^\W\d_]+)\s+жыл\s+өтті)" + _E, re.I)
_STARTED = re.compile(r"(?:созда|основа|образова|откры|запущ|нача|учрежд)\w*|"
                      r"\b(?:created|founded|formed|established|launched|opened|started|began)\b|"
                      r"құрыл\w*|ашыл\w*|басталды|басталған|іске\s+қосыл\w*", re.I)


def _years_passed(low: str) -> int:
    """How many years the sentence tells have passed (2 to 30), 0 without such a count."""
    if not any(w in low for w in ("истекш", "прошедш", "минувш", "прошло", "past", "has been", "өткен", "өтті")):
        return 0  # (a cheap test first)
    m = _YEARS_PASSED.search(low)
    return 0 if m is None else _count_of_years(next(g for g in m.group("n", "n2", "n3", "n4", "n5", "n6") if g))


def _counted_back_years(sents: list[Sentence]) -> dict[int, int]:
    """The years a text reaches by counting years back from a year it names, in one sentence or over two (the count
    first, the year in the next): {index of the sentence naming the year: the year reached (_year_counted_back)};
    and by counting the years waited since a year it names (the year first: _YEARS_WAITED)."""
    found: dict[int, int] = {}
    back = 0
    named: set[int] = set()  # the years of the sentence before
    started_before: set[int] = set()  # the years of a start told up to two sentences before
    since_start = 0
    this_year = dt.date.today().year
    for k, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        here = _years_back(low)
        for counted in (_year_counted_back(low, here), _year_counted_back(low, back)):
            if counted is not None and counted <= this_year:
                found[k] = max(counted, found.get(k, counted))
        years = {int(y) for y in _A_YEAR.findall(low)}
        waited = _years_waited(low)
        base = years or named
        if waited and len(base) == 1 and next(iter(base)) + waited <= this_year:
            found[k] = max(next(iter(base)) + waited, found.get(k, 0))
        passed = _years_passed(low)
        start = years if years and _STARTED.search(low) else started_before
        if passed and len(start) == 1 and next(iter(start)) + passed <= this_year:
            found[k] = max(next(iter(start)) + passed, found.get(k, 0))
        if years:
            started_before, since_start = (years if _STARTED.search(low) else set()), 0
        else:
            since_start += 1  # (a sentence or two without a year may stand between: "– Авт.), уровень …")
            if since_start > 2:
                started_before = set()
        named = years
        back = here if _A_YEAR.search(low) is None else 0
    return found


def _year_counted_back(low: str, back: int) -> int | None:
    """The year `back` - 1 years after the one year the sentence names, None without exactly one. Years are
    counted back inclusively as often as not ("This tradition we started four years ago, … in 2010" on a page of
    2013; "шесть лет назад … в ноябре 2019 года" on one of 2025): the earlier year is the bound the text gives."""
    # (not a deadline's year, which lies ahead: "Т77 млн должны вернуть до конца 2016 года жители, получившие
    # микрокредиты 5 лет назад" counts from now, not from 2016)
    years = {int(m.group(0)) for m in _A_YEAR.finditer(low)
             if not _DEADLINE_BEFORE_A_YEAR.search(low, max(0, m.start() - 20), m.start())}
    return next(iter(years)) + back - 1 if back and len(years) == 1 else None


_DEADLINE_BEFORE_A_YEAR = re.compile(r"(?:до\s+конца|к\s+концу|(?<!\w)до|(?<!\w)к|\bby\s+the\s+end\s+of|\bby|\buntil|"
                                     r"\btill)\s+$")


# "Last year" as the base of a comparison: "былтырғыдан жоғары", "былтырғыға / өткен жылға қарағанда", "өткен жылмен
# салыстырғанда", "чем в прошлом году", "по сравнению с прошлым годом", "против прошлого года", "than last year",
# "compared to last year".
# Russian "last year's" as an adjective ("урожай … в два раза превышает прошлогодний", "прошлогоднего уровня"): the text
# is of the year after the one it compares with (periods.py reads no period from it: it is a base, "это больше
# прошлогоднего")
_LAST_YEARS_RU = re.compile(r"(?<!\w)прошлогодн\w*", re.I)
_LAST_YEAR_AS_A_BASE = re.compile(
    r"(?:больше|меньше|выше|ниже|превыша\w*|превысил\w*)\s+прошлогодн\w*|былтырғыдан|(?:былтырғы|өткен\s+жыл)(?:ға|мен)\s+(?:қарағанда|салыстырғанда)|өткен\s+жылғыдан|"
    r"чем\s+в\s+прошлом\s+году|по\s+сравнению\s+с\s+прошлым\s+годом|против\s+прошлого\s+года|"
    r"\bthan\s+(?:it\s+was\s+|in\s+)?last\s+year|compared\s+(?:to|with)\s+last\s+year", re.I)


@lru_cache(maxsize=8192)
def _years_of_a_sentence(norm: str, today: dt.date) -> tuple[bool, bool, tuple[int, ...]]:
    """What one normalized sentence gives implied_year: does it say "last year", does it say "this year", and the
    years it states about the past or present. Pure in the sentence and the day (remembered per text: the
    sentences of undated texts come back in other texts of their site)."""
    low = norm.lower()
    last_year = (_MAY_SAY_LAST_YEAR(low) and _LAST_YEAR_RE.search(low) is not None) or \
        _LAST_YEARS_RU.search(low) is not None
    this_year = (_MAY_SAY_THIS_YEAR(low) and _THIS_YEAR_RE.search(low) is not None) or \
        _THIS_YEAR_ELIDED.search(low) is not None
    if last_year and _LAST_YEAR_AS_A_BASE.search(low) and _YEAR_DIGITS.search(low):
        # "2021 жылғы егін жинау науқаны аяқталуға жақын және қарқыны былтырғыдан жоғары": last year is the base the
        # year named is set against, so that year is the text's own, as "this year" is (not last year)
        last_year, this_year = False, True
    years: list[int] = []
    anniversary = anniversary_year(low) or founding_anniversary_year(low)
    if anniversary is not None:
        years.append(anniversary)
        # (an anniversary is marked in its own year, as "this year": "Астананың 20 жылдығына орай 328 пәтерлі үй
        # пайдалануға берілді … Биыл … мыңнан аса пәтер беру жоспарланған" is of 2018)
        this_year = this_year or anniversary_year(low) is not None
    # a year whose results are reported is over ("отчитался об итогах … развития области за 2023 год … В прошлом году
    # …"): the text is of a later year
    # (and the year after it is the text's own, as "this year" is: its "last year" is the year reported)
    results = years_of_results(low)
    years.extend(year + 1 for year in results)
    this_year = this_year or bool(results)
    named = event_name_year(low)
    if named is None and last_year:
        named = last_years_event(low)  # "В прошлом году провели акцию «Сүндет- 2019»": the text is of 2020
    if named is not None:
        years.append(named)
    school = school_year_start(low)
    if school is not None:
        years.append(school)
        # (its second year is the school year's end, not the text's; a new or coming school year is told in the year
        # it starts: "В следующем 2019-2020 учебном году … на 2200 учащихся больше, чем в прошлом году" is of 2019)
        return last_year, this_year or not last_year, tuple(years)
    themes = theme_years(norm)
    # Without a publication date, every year or range anchor has a year written in digits.
    digits = _YEAR_DIGITS.search(low) is not None
    if not themes and not digits:
        return last_year, this_year, tuple(years)  # no year to take: the tests for plans are not needed
    if _about_the_future(low) and not (themes and _THEME_DECLARED_PAST.search(low)):
        # years of plans and forecasts do not count (a past plan does); the base of a forecast's change does: "Average
        # yields are expected to reach 10.3 centners per hectare, down from 14.5 c/ha in 2024" is told in 2025
        bases = [_year_of(m) + 1 for m in _BASE_OF_A_FORECAST.finditer(low)]
        # a plan's span with what is done of it "this year" ("В 2024-2026 годах планируется реализация 31 проекта …,
        # из них в этом году реализовано 13 проектов"): this year is within the span, its first year at the earliest
        spans = [a.period_start.year for a in find_anchors(low, None) if this_year and not last_year and
                 a.kind == "range" and a.period_start is not None and a.period_end is not None and
                 a.period_end.year - a.period_start.year <= 10 and _DONE_THIS_YEAR.search(low)] if digits else []
        # (a clause of its own told done keeps its year: "В 2022 году отремонтировали около 28 километров, в 2023 —
        # объем будет увеличен")
        done = [a.period_end.year for part in re.split(r"[,;]", low) if part.strip() and _YEAR_DIGITS.search(part)
                and re.search(r"\d", _YEAR_DIGITS.sub("", part))  # (a figure of its own, not a time alone)
                and not _about_the_future(part) and is_past_report(part, sentence_language(part))
                for a in find_anchors(part, None) if a.kind == "year" and a.period_end is not None] if digits else []
        return last_year, this_year or bool(bases), (*years, *bases, *spans[:1], *done)
    # a theme year names the text's year, as "this year" does (a year declared so already counts in a sentence of
    # plans too: "В год, объявленным годом детей, центр … ожидая одобрения")
    years.extend(themes)
    this_year = this_year or bool(themes)
    # so does the year of a city's title ("Түркістан – Түркі мемлекеттерінің 2024 жылғы туристік астанасы ретінде
    # белгіленген еді", "туристическая столица тюркского мира 2024 года", "Tourism Capital of the Turkic World 2024"):
    # the title was given before its year, the text that tells of it is of that year (not a later one)
    this_year = this_year or _CAPITAL_OF_A_YEAR.search(low) is not None
    # "Compared to the same period of 2020, …", "по сравнению с аналогичным периодом 2020 года", "2020 жылдың сәйкес
    # кезеңімен салыстырғанда": the base is last year's, the text is of the year after it
    same_period = list(_SAME_PERIOD_OF_A_YEAR.finditer(low))
    years.extend(_year_of(m) + 1 for m in same_period)
    # (the year after the base of "the same date / period" is the text's own, as "this year" is: its "last year" is
    # the base — "На аналогичную дату 2015 года … 11,7 ц/га в прошлом году" is of 2016; a bare "compared with 2012"
    # may tell last year's change: "В прошлом году … возросло на 65 % по сравнению с 2012 годом" is of 2014)
    this_year = this_year or any(m.group(1) or m.group(2) or m.group(6) for m in same_period)
    if digits:
        for anchor in find_anchors(low, None):
            if anchor.kind in ("year", "range", "month", "day") and anchor.period_end is not None:
                year = anchor.period_end.year
                if anchor.kind == "range" and anchor.period_start is not None and _is_draft_budget_span(low, anchor):
                    year = anchor.period_start.year - 1  # a draft budget for 2025-2027 is debated in 2024
                elif anchor.kind == "range" and anchor.period_start is not None and _is_plan_span(low, anchor):
                    year = anchor.period_start.year
                if this_year and anchor.kind in ("year", "months", "range") and _aside_of_a_base(low, anchor):
                    # "биыл 9 айда … 1062 адам зардап шекті (2020 жылдың 9 айында – 1023 адам)", "в этом году … (в
                    # 2020 году – 1023)": the bracketed year is the one this year is set against, a year before
                    years.append(year + 1)
                    continue
                if anchor.kind == "year" and _a_comparison_base(low, anchor):
                    # (the figure set against the base is of the text's own year, as "this year" is: "Риса собрано
                    # больше на 20 тыс. тн, чем в 2019 году" tells 2020's harvest, no year reported done; a figure of
                    # "last year" set against it is of the year after the base, the text one more: "В прошлом году
                    # удалось открыть 14,5 тыс. мест, что почти в четыре раза больше, чем в 2009 году" is of 2011)
                    year += 2 if last_year else 1
                    this_year = True
                elif anchor.kind == "year" and (_set_against_now(low, anchor.end) or
                                                _less_or_more_than_now(low, anchor)):
                    year += 1
                if anchor.kind in ("day", "month") and _WILL_LAST_UNTIL.search(low, max(0, anchor.start - 30),
                                                                                anchor.start):
                    continue  # "… начался 15 октября 2025 года и продлится до 15 апреля 2026 года": a day to come
                if anchor.kind == "year" and _KK_PURPOSE_AFTER.match(low, anchor.end):
                    continue  # "Біз 2025 жылы … 2 жобаны іске асыру үшін … өтінім бердік": the year of the purpose
                if _CARRIED_OVER_TO.search(low, max(0, anchor.start - 40), anchor.start + 4) or \
                        _CARRIED_OVER_TO_KK.match(low, anchor.start):
                    # "переходящих на 2023 год неблагополучных пунктов нет", "Алты нысанның барлығы 2023 жылға
                    # өтпелі": the year the cases or works would go on to, so the text is of the year before it
                    year -= 1
                years.append(year)
    return last_year, this_year, tuple(years)


# what is done of a plan this year: "из них в этом году реализовано 13", "of which 13 were implemented this year", "оның
# ішінде биыл 13-і іске асырылды"
_DONE_THIS_YEAR = re.compile(r"(?:в\s+этом|в\s+текущем)\s+году\s+(?:уже\s+)?[а-я]+(?:ано|ено|ены|аны|ен|ан)\b|"
                             r"\b(?:were|was|have\s+been|has\s+been)\s+[a-z]+ed\s+this\s+year\b|"
                             r"\bthis\s+year,?\s+[^.]{0,40}?\b(?:were|was|have\s+been|has\s+been)\s+[a-z]+ed\b|"
                             r"биыл\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:ылды|ілді|лды|лді|ды|ді)\b", re.I)
_CAPITAL_OF_A_YEAR = re.compile(r"(?:19|20)\d{2}\s*жылғы\s+(?:[^\W\d_]+\s+){0,2}астана(?:сы)?(?![\w-])|"
                                r"(?<![\w-])столиц\w*(?:\s+[^\W\d_]+){0,4}\s+(?:19|20)\d{2}(?:\s*года)?(?!\d)|"
                                r"\bcapital\s+(?:of\s+(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+)?(?:19|20)\d{2}\b")


def _aside_of_a_base(low: str, anchor: Any) -> bool:
    """Is the time inside brackets that also hold a figure of its own ("(2020 жылдың 9 айында – 1023 адам)")?"""
    opened = low.rfind("(", 0, anchor.start)
    if opened == -1 or low.find(")", opened, anchor.start) != -1:
        return False
    closed = low.find(")", anchor.end)
    rest = low[anchor.end:closed if closed != -1 else len(low)]
    return re.search(r"\d", rest) is not None


# A Kazakh purpose clause after a year ("2025 жылы қала бойынша 2 жобаны іске асыру үшін жоба жасап, қаражатқа өтінім
# бердік": we applied for money to carry out two projects in 2025): the year is the plan's, however past the verb
# after it.
_KK_PURPOSE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+|\d+\s+){0,5}?[^\W\d_]+(?:у|ю)\s+үшін(?![\w-])")


# The end of a span still to come, after a verb of lasting in the future: "продлится до 15 апреля 2026 года", "will last
# until April 15, 2026", "2026 жылғы 15 сәуірге дейін жалғасады" (the Kazakh verb after the day is not read here).
_WILL_LAST_UNTIL = re.compile(r"(?:продлится|будет\s+длиться|продолжится|будет\s+продолжаться)\s+(?:до|по)\s*$|"
                              r"\bwill\s+(?:last|run|continue)\s+(?:until|till|through)\s*$", re.I)


# What would go on into the next year ("переходящих на 2023 год", "carried over to 2023", "2023 жылға ауысатын",
# "2023 жылға өтпелі"): that year is not yet the text's, but the one after it.
_CARRIED_OVER_TO = re.compile(r"переходящ\w*\s+(?:на\s*|на\s+\d{1,4})?$|\bcarried\s+over\s+(?:to|into)\s*$", re.I)
_CARRIED_OVER_TO_KK = re.compile(r"(?:19|20)\d{2}\s*(?:-?\s*жылға|ж\.)\s+(?:[^\W\d_]+\s+)?"
                                 r"(?:өтпелі|ауысатын|ауысады|ауыстырыл\w*|көшетін|көшеді)(?![^\W\d_])", re.I)


def _year_of_now(low: str) -> bool:
    """Is a year told right beside a word of now ("the budget for 2015 so far", "на сегодняшний день в 2015 году"),
    no other figure between them? Not a year of another clause: "192 centers are functioning to date and more than
    2,000 consultations were provided in 2014"."""
    for now in _STATUS_NOW.finditer(low):
        for year in _YEAR_DIGITS.finditer(low):
            gap = low[now.end():year.start()] if year.start() >= now.end() else low[year.end():now.start()]
            if len(gap) <= 20 and not re.search(r"\d", gap):
                return True
    return False


def _set_against_now(low: str, end: int) -> bool:
    """Is the figure of the year that ends at `end` set against a figure of "now" later in the sentence ("2019
    жылы 50 мың болса, қазір 200 мыңнан асады", "если в 2019 году было 50 тысяч, то сейчас более 200 тысяч", "from
    50,000 in 2019 to over 200,000 today")? Then the text was written after that year: the year is a bound from
    below, one year later (as "last year" next to a stated year)."""
    now = _NOW_RE.search(low, end)
    if now is None:
        # "this year" set against the year's figure ("2023 жылы 1800 жас жұмысқа орналасқан болатын, биыл бұл
        # көрсеткіш 17%-ға артты", "в 2023 году — 1800, в этом году — на 17% больше", "1,800 in 2023; this year 17%
        # more"): the year's figure stands between them, so "this year" is a later one
        this = _THIS_YEAR_RE.search(low, end) if _MAY_SAY_THIS_YEAR(low) else None
        if this is not None and _DAY_OF_THIS_YEAR.search(low, max(end, this.start() - 30), this.start()):
            return False  # "in 2016 … the Decree dated February 18 of this year": a day's year, no figure set against
        return this is not None and re.search(r"\d", low[end:this.start()]) is not None
    return re.search(r"\d", low[end:]) is not None  # a figure after the year, on either side of "now"


# A day or a month right before "this year" names its year ("dated February 18 of this year", "от 18 февраля этого
# года", "биылғы 18 ақпандағы"): the digits between are the day's, not a figure's.
_DAY_OF_THIS_YEAR = re.compile(r"(?:" + MONTH_RE_EN + "|" + MONTH_RE_RU + r")\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*)?"
                               r"(?:of\s+)?$|\d{1,2}\s*(?:" + MONTH_RE_EN + "|" + MONTH_RE_RU + r")\s*(?:of\s+)?$",
                               re.I)


# A year's figure told as so much less or more, with no base named ("2021 жылы … 15,8 млн тонна немесе 26,5%-ға аз
# астық бастырылған", "в 2021 году собрали 15,8 млн тонн, или на 26,5% меньше", "15.8 million tonnes in 2021, or
# 26.5% less"): less or more than now, so the text was written after that year (as next to "last year").
_LESS_OR_MORE = re.compile(r"\d[\d,.]*\s*(?:%|пайыз)\s*-?\s*(?:ға|ге|қа|ке|ы|і)?\s+(?:аз|кем|көп|артық)\b|"
                           r"на\s+\d[\d,.]*\s*(?:%|процент\w*)\s+(?:меньше|больше)\b|"
                           r"\d[\d,.]*\s*(?:%|per\s*cent|percent)\s+(?:less|more|fewer)\b")
_A_BASE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:чем|than|қарағанда|салыстырғанда|по\s+сравнению|compared)")


# A year told as the base a figure is set against ("больше, чем в 2021 году", "против 2021 года", "more than in
# 2021", "2021 жылға қарағанда"): the text is of a later year.
_BASE_BEFORE = re.compile(r"(?:(?<!\w)чем\s+(?:в\s+)?|(?<!\w)против\s+|\bthan\s+(?:in\s+)?)$", re.I)
_BASE_AFTER = re.compile(r"\s*(?:жылғы\s+(?:[^\W\d_]+\s+){0,2}?)?жыл\w*\s+(?:қарағанда|салыстырғанда)", re.I)


# The base of a change a forecast is set against: "down from 14.5 c/ha in 2024", "up from 50,000 in 2024", "чем в
# 2024 году", "против 14,5 ц/га в 2024 году".
_BASE_OF_A_FORECAST = re.compile(r"\b(?:down|up)\s+from\s+[^;!?]{0,30}?\bin\s+((?:19|20)\d{2})\b|"
                                 r"(?<!\w)(?:чем|против)\s+[^;!?]{0,30}?\bв\s+((?:19|20)\d{2})\s*году", re.I)


def _a_comparison_base(low: str, anchor: Anchor) -> bool:
    """Is the year anchor the base a figure is set against (see above): the word of comparison before it, or the
    Kazakh "жылға қарағанда / жылмен салыстырғанда" after its digits?"""
    if _BASE_BEFORE.search(low, max(0, anchor.start - 12), anchor.start):
        return True
    digits = _YEAR_DIGITS.search(low, anchor.start, anchor.end)
    return digits is not None and _BASE_AFTER.match(low, digits.end()) is not None


def _less_or_more_than_now(low: str, anchor: Anchor) -> bool:
    if len(_A_YEAR.findall(low)) != 1:
        return False  # another year in the sentence is the base or the time
    told = _LESS_OR_MORE.search(low, anchor.end)
    return told is not None and _A_BASE_AFTER.match(low, told.end()) is None


def _part_of_the_year_so_far(sents: list[Sentence], year: int) -> bool:
    """Does the text report a part of `year` from January that is not all of it ("2018 жылдың І тоқсаны", "за январь-
    сентябрь 2022 года", "in the first half of 2019"), or its start ("в начале 2024 года")? Such results are told
    during that year."""
    for sent in sents:
        low = normalize(sent.text).lower()
        if str(year) not in low:
            continue
        for anchor in find_anchors(low, None):
            if anchor.kind in ("range", "month", "day", "part") and anchor.period_start is not None and \
                    anchor.period_end is not None and anchor.period_start == dt.date(year, 1, 1) and \
                    anchor.period_end.year == year and anchor.period_end.month < 12:
                return True  # (or its start: "в начале 2024 года", "на 1 января 2024 года")
    return False


def implied_year(sents: list[Sentence]) -> int | None:
    """The year a text without a date was written in, from its own references: the latest year it states about
    the past or present ("In 2019, the campaign runs under the slogan …"; a month or day with its year too: "As of
    Jan. 2020"), one year later when the text also speaks of "last year" and never of "this year" ("в 2023 году …
    в прошлом году", "былтыр" next to a stated year: the stated year is the last one). Years of plans and
    forecasts do not count. None without a year."""
    year = _year_of_its_references(sents)
    if year is not None and year <= _PANDEMIC_YEAR and _last_year_of_the_pandemic(sents):
        # "рекордным был доковидный 2019 год … В прошлом году в связи с пандемией этот показатель упал": last year
        # was the pandemic's (2020 at the earliest), the text is of a year after it
        return _PANDEMIC_YEAR + 1
    return year


def _year_of_its_references(sents: list[Sentence]) -> int | None:
    """implied_year before the pandemic's bound (see there)."""
    latest: int | None = None
    last_year = False
    to_date: set[int] = set()
    # Years stated next to "this year" (or in a text that says "this year" with no year of its own beside it,
    # which then may be any): "this year" is that year, not one after the latest stated.
    this_year_years: set[int] = set()
    this_year_alone = False
    plans_this_year = False  # a sentence of "this year" with no year of its own tells a plan
    this_year_told = False  # a sentence of "this year" tells something other than a plan
    last_year_at: set[int] = set()  # the sentences that say "last year"
    plan_after_last_year = False  # a plan of "this year" right after a sentence of "last year"
    reported: list[tuple[str, tuple[int, ...]]] = []  # sentences with years, not of "this year"
    today = dt.date.today()  # (event_name_year reads the current year)
    counted_back = _counted_back_years(sents)  # "… шесть лет назад. В конце ноября 2019 года мужчина ушел": 2024
    # the same figure told with its year and with "this year" ("6,7 млн голов … вакцинировали в 2023 году" / "В
    # текущем году … проведена вакцинация 6,7 млн голов"): this year is that year
    this_year_numbers: set[str] = set()
    year_of_number: dict[str, set[int]] = {}
    for k, sent in enumerate(sents):
        norm = normalize(sent.text)
        says_last, says_this, years = _years_of_a_sentence(norm, today)
        if k in counted_back:
            years = (*years, counted_back[k])
        last_year = last_year or says_last
        if says_last:
            last_year_at.add(k)
        if years and not says_this and not says_last and _year_of_now(norm.lower()):
            # "We haven't changed the budget for 2015 so far": the year of a state as of now is this year
            says_this = True
        if says_this:
            this_year_years.update(years)
            this_year_alone = this_year_alone or not years
            if not years:
                this_year_numbers.update(_FIGURE_DIGITS.findall(norm))
            planned_here = not years and _YEAR_DIGITS.search(norm) is None and (
                has_planned_word(norm.lower()) or _KK_INTENT.search(norm.lower()) is not None
                or ru_perfective_future(norm.lower()))  # "В этом году … направят более 11 миллиардов тенге"
            plans_this_year = plans_this_year or planned_here
            this_year_told = this_year_told or not planned_here
            # (after any earlier sentence of "last year": "В прошлом году были подключены … Доступ получили 38
            # абонентов … До декабря текущего года планируется газифицировать …")
            plan_after_last_year = plan_after_last_year or (planned_here and any(j < k for j in last_year_at))
        elif years:
            reported.append((norm, years))  # read for a report done only when "this year" plans (below)
            if len(years) == 1:
                for number in _FIGURE_DIGITS.findall(norm):
                    year_of_number.setdefault(number, set()).add(years[0])
        to_date.update(year_to_date_years(norm.lower()))
        if years:
            latest = max(years) if latest is None else max(latest, *years)
    contrasted = _last_year_set_against_a_year(sents)
    if contrasted is not None and (latest is None or contrasted > latest):
        return contrasted  # "2019 жылы 42 млрд теңге, ал былтыр 80 млрд теңге бөлінді": last year is 2020 at least
    budget = _budget_against_this_year(sents)
    if budget is not None:
        return budget  # "2019 жылға арналған облыстық бюджет … Қазына қоржыны биылғыға қарағанда ұлғайтылған": 2018
    next_plans = _plans_set_for_next_year(sents)
    if next_plans is not None and (latest is None or next_plans > latest):
        return next_plans  # "2023 жылға жоспарларды белгіледік. Келер жылы … жұмыстар жүргізілмек": written in 2022
    rest = _the_rest_in_a_later_year(sents)
    if rest is not None and (latest is None or rest + 1 >= latest):  # (the rest's own year may be the latest told)
        return rest  # "25 мектептің 14-нің құрылысы жыл соңына дейін аяқталады. Қалған 11 мектепті 2015 жылы іске қосу
        # жоспарланып отыр": this year ends before 2015, written in 2014
    for number in this_year_numbers:
        if len(year_of_number.get(number, ())) == 1:
            this_year_years |= year_of_number[number]
    coming = _year_before_the_coming_one(sents)
    if coming is not None and (latest is None or coming >= latest):
        return coming  # "Алдағы 2018 жылы … жоспарлануда", "в предстоящем 2018 году": written in 2017
    run = _run_of_plans(sents)
    if run is not None and (latest is None or latest in run[1]):
        return run[0]  # the latest year named is one of a plan's, after "next year"
    planned = _plan_and_its_progress(sents)
    if planned is not None and (latest is None or planned > latest):
        return planned  # "В 2022 году запланирована посадка … При весенней посадке текущего года проведены …"
    if latest is None and this_year_told and (before_plan := _the_year_before_a_plan(sents)) is not None:
        return before_plan  # "This year, 36.7 billion tenge were allocated … In 2019, 1.6 billion will be allocated"
    provided = _provided_for_a_year(sents)
    if provided is not None and (latest is None or latest < provided - _HISTORY_YEARS):
        # "declared by the UN General Assembly on December 14, 1990 … More than 1.2 billion tenge are provided for
        # pension and social payments in 2014": the old year is history, the budget's year is the text's
        return provided
    document = _document_of_this_year(sents)
    if document is not None and (latest is None or document >= latest):
        return document  # "signed a memorandum of mutual cooperation for year 2017 … will be repaired this year"
    if latest is None:
        return _near_plan_year(sents) or _event_held_this_year(sents) or _next_year_in_the_title(sents) or (
            _past_plans_span(sents) if this_year_alone else None) or (
            _year_of_this_years_plans(sents) if plans_this_year else None)
    if latest in to_date:
        return latest  # "Since the beginning of 2020, … carried out 56 events": told during 2020
    if not last_year and any(_OUTGOING_YEAR.search(normalize(s.text)) for s in sents):
        # "What happened in the Kyzylorda region in 2017? … In the outgoing year, agricultural producers … This year
        # the gasification of Baikonur has begun": the year going out is the one the text sums up, its latest
        return latest
    if not this_year_years and plans_this_year and not last_year and any(
            latest in years and _reports_done(norm) for norm, years in reported) and not any(
            latest in years and _ALREADY.search(norm) for norm, years in reported) and \
            not _plans_for_the_year(sents, latest):
        # "В 2018 году в селах области было реализовано 344 проекта … В текущем году предприниматели … планируют
        # оказать помощь": a year reported done, then the plans of "this year", which is a later one
        return latest + 1
    if not this_year_years and this_year_alone and _this_year_set_against(sents, latest, before_too=not last_year):
        return latest + 1  # "This year there were no casualties. In 2021, carbon monoxide killed six people."
    if not this_year_years and this_year_alone and not last_year and not plans_this_year and \
            _latest_ends_a_span_only(reported, latest):
        # "Construction of 268 facilities was conducted … in the period from 2011 to 2016 … 4.7 billion tenge was
        # allocated … this year": a span told done up to its last year, then this year's money: a later year
        return latest + 1
    if not this_year_years and this_year_alone and not last_year and not plans_this_year and \
            _year_so_far_after_full_years(sents, reported, latest):
        # "Жыл басынан бері 666,8 мың ірі қара мал тексеріліп … 2021 жылы 6 490 …, 2022 жылы – 5 045, ал 2023 жылы бұл
        # көрсеткіш 4 141 басқа дейін азайған": whole years told done, up to the latest, and the year so far apart
        # from them: the year so far is a later one
        return latest + 1
    if not this_year_years and not last_year and _latest_only_recalled(reported, latest):
        # "Remember, in 2024, the group managed to gather 127 million tenge", "Напомним, в 2024 году …": the year
        # the text recalls is behind it; its own news is of a later year
        return latest + 1
    if plan_after_last_year and not this_year_told and any(
            latest in years and _reports_done(norm) for norm, years in reported) and \
            not any(latest - 1 in years for _, years in reported):
        # "2018 жылы … 1194 медаль жеңіп алды. Өткен жылы 52 нысан пайдалануға берілді. Бұл көрсеткіш биыл тағы да
        # арта түспек": the year told done is last year, this year's only a plan set against it: the text is of the
        # year after (not when the year before the latest is told too, "in the past, in 2018, … the event … for
        # 2019": "last year" is that one)
        return latest + 1
    if not this_year_years and not last_year and _january_report_day(sents) and any(
            latest in years and _reports_done(norm) for norm, years in reported):
        # "25 января в поселке состоялась отчетная встреча акима с населением … в 2018 году бюджет поселка составил 105
        # млн тенге": a report held in January on a year told done is of the year after it
        return latest + 1
    this_year = bool(this_year_years) or (this_year_alone and not _a_run_of_years(sents, latest))
    if last_year and not this_year and _part_of_the_year_so_far(sents, latest):
        return latest  # "2018 жылдың І тоқсан қорытындысы бойынша … Былтыр …": written during 2018, "last year" is 2017
    year = latest + 1 if last_year and not this_year else latest
    return max(year, _PANDEMIC_YEAR) if year < _PANDEMIC_YEAR and _tells_of_the_pandemic(sents) else year


def _plans_for_the_year(sents: list[Sentence], year: int) -> bool:
    """Does a sentence plan works for that year, in a provision or the future ("В 2017 году предусмотрено завершить
    капремонт", "в 2017 году будут проведены работы")? Then "this year" of the text's plans is that year."""
    mark = str(year)
    for s in sents:
        low = normalize(s.text).lower()
        if mark in low and _PROVIDED_OR_FUTURE_IN_THE_YEAR.search(low) and any(
                a.kind == "year" and a.period_start is not None and a.period_start.year == year
                for a in find_anchors(low, None)):
            return True
    return False


_PROVIDED_OR_FUTURE_IN_THE_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:году|г\.)\s*(?:[^\W\d_]+\s+){0,2}?"
                                             r"(?:предусмотрен\w*|планиру\w*|запланирован\w*|будут|будет)|"
                                             r"\bin\s+(?:19|20)\d{2},?\s+(?:it\s+is\s+(?:planned|envisaged)|[a-z]+\s+will)\b|"
                                             r"(?:19|20)\d{2}\s*жылы\s*(?:[^\W\d_]+\s+){0,4}?"
                                             r"(?:көзделуде|көзделген|жоспарлануда|жоспарланып)", re.I)


# The year going out, told at its end: "in the outgoing year", "в уходящем году", "уходящего года", "өтіп бара жатқан
# жылы", "шығып бара жатқан жыл".
_OUTGOING_YEAR = re.compile(r"\boutgoing\s+year\b|(?<!\w)уходящ\w+\s+год\w*|(?:өтіп|шығып)\s+бара\s+жатқан\s+жыл",
                            re.I)


# A report meeting held on a day of January named without its year ("25 января … состоялась отчетная встреча акима",
# "On January 25, the akim held a report meeting", "25 қаңтарда … есепті кездесу өтті"): the yearly reports of akims
# to the residents are held in the first months of the year after the one they report.
_JANUARY_REPORT = re.compile(
    r"(?<!\d)\d{1,2}\s+(?:января|февраля)(?!\s*\d)[^.!?]{0,80}?(?:отчетн|отчётн)\w*\s+встреч|"
    r"\b(?:january|february)\s+\d{1,2}(?!\s*,?\s*\d{4})[^.!?]{0,80}?\breport(?:ing)?\s+meeting|"
    r"(?<!\d)\d{1,2}\s+(?:қаңтар|ақпан)\w*[^.!?]{0,80}?есеп\w*\s+кездесу", re.I)


def _january_report_day(sents: list[Sentence]) -> bool:
    return any(_JANUARY_REPORT.search(normalize(s.text)) for s in sents[:4])


# A figure's digits as a text writes them, long enough to be the same figure when told twice ("6,7", "577,5", "3773"):
# a decimal or three digits and more, not a year.
_FIGURE_DIGITS = re.compile(r"(?<![\d.,])(?!(?:19|20)\d{2}(?![\d.,]))\d+[.,]\d+|(?<![\d.,])(?!(?:19|20)\d{2}(?![\d.,]))"
                            r"\d{3,}(?![\d.,])")


# A text that speaks of the coronavirus pandemic ("квартира на карантине из-за пандемии коронавируса", "COVID-19",
# "коронавирус індеті") was written in 2020 at the earliest, whatever earlier year it states ("In 2019, … now, in
# quarantine, calls have doubled").
_PANDEMIC_YEAR = 2020
_PANDEMIC = re.compile(r"коронавирус\w*|ковид\w*|covid|coronavirus|sars-cov-2", re.I)


# A year whose deeds are told as done "already" ("In 2024, 224 thousand saplings have already been planted", "В 2024
# году уже высажено", "2024 жылы 224 мың көшет отырғызылып та үлгерді"): the year is still going on, so the plans of
# "this year" after it are the same year's ("By the end of this year, another 96 thousand will be planted").
_ALREADY = re.compile(r"\balready\b|(?<!\w)уже(?!\w)|үлгер\w*|қазірдің\s+өзінде", re.I)


def _tells_of_the_pandemic(sents: list[Sentence]) -> bool:
    return any(_PANDEMIC.search(s.text) for s in sents)


# The pandemic named as the cause of what happened "last year" ("В прошлом году в связи с пандемией …", "из-за
# пандемии", "Last year, due to the pandemic, …", "Былтыр пандемияға байланысты …").
_DUE_TO_THE_PANDEMIC = re.compile(r"(?:в\s+связи\s+с|из-за|по\s+причине)\s+(?:[а-яё]+\s+)?"
                                  r"(?:пандеми|коронавирус|ковид)|"
                                  r"\b(?:due\s+to|because\s+of|amid)\s+(?:the\s+)?(?:covid|coronavirus|pandemic)|"
                                  r"(?:пандемия|коронавирус|ковид)\w*\s+(?:байланысты|салдарынан|кесірінен)", re.I)


# A year named, then "last year" set against it in the same sentence ("2019 жылы 42 млрд теңге, ал былтыр 80 млрд
# теңге бөлінді", "В 2019 году выделили 42 млрд, а в прошлом году — 80 млрд", "42 billion in 2019 and 80 billion last
# year"): last year is a later year than the one named, so the text is of two years after it at least.
_LAST_YEAR_SET_AGAINST = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?!\d)[^.;!?]{0,80}?(?:,\s*|\s+)(?:ал|а|тогда\s+как|while|whereas|and|but)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:былтыр|в\s+прошлом\s+году|в\s+минувшем\s+году|last\s+year)(?![\w-])", re.I)


# A header's date cut to its year, alone on a line near the top: "2023 жылғы", "2023 г.", "2023 год".
_YEAR_ALONE = re.compile(r"\s*((?:19|20)\d{2})\s*(?:жылғы|жыл|ж\.|г\.|года?)?\s*")
_HEADER_LINES = 15


def _year_alone_in_the_header(text: str) -> int | None:
    for line in text.split("\n")[:_HEADER_LINES]:
        m = _YEAR_ALONE.fullmatch(line)
        if m is not None and int(m.group(1)) <= dt.date.today().year:
            return int(m.group(1))
    return None


def _months_reported_after(sents: list[Sentence], day: dt.date) -> bool:
    """Does a sentence report months of the day's year (a month, a half, "январь-июнь") as done, ending after the day
    and by today? Not a plan's or a forecast's months."""
    today = dt.date.today()
    for s in sents:
        low = normalize(s.text).lower()
        if str(day.year) not in low or _about_the_future(low) or has_planned_word(low):
            continue
        for a in find_anchors(low, None):
            if a.kind in ("range", "month") and a.period_start is not None and a.period_end is not None and \
                    a.period_start.year == a.period_end.year == day.year and \
                    (a.period_end - a.period_start).days < 360 and day < a.period_end <= today:
                return True
    return False


# Works split between the end of this year and a year named for the rest: "14-нің құрылысы жыл соңына дейін аяқталады.
# Қалған 11 мектепті 2015 жылы іске қосу жоспарланып отыр", "до конца года сдадут 14 школ, оставшиеся 11 – в 2015
# году", "14 will be completed by the end of the year, the remaining 11 in 2015": the year named is the next one.
_THE_REST_IN_A_YEAR = re.compile(r"(?:қалған|оставш\w+|the\s+remaining|the\s+rest)[^.;!?]{0,60}?"
                                 r"(?:(?<!\d)((?:19|20)\d{2})\s*(?:жыл|год|г\.)|\bin\s+((?:19|20)\d{2})\b)", re.I)


def _the_rest_in_a_later_year(sents: list[Sentence]) -> int | None:
    """The year before the one named for the rest of works a sentence before says end this year (see above)."""
    for k, s in enumerate(sents):
        low = normalize(s.text).lower()
        if not _YEAR_END_OF_ITS_OWN.search(low) and not _THIS_YEARS_END.search(low):
            continue
        for other in sents[k:k + 2]:
            m = _THE_REST_IN_A_YEAR.search(normalize(other.text).lower())
            if m is not None and int(m.group(1) or m.group(2)) - 1 <= dt.date.today().year:
                return int(m.group(1) or m.group(2)) - 1
    return None


def _last_year_set_against_a_year(sents: list[Sentence]) -> int | None:
    """Two years after the year a sentence sets "last year" against (see above), None without such a sentence."""
    for s in sents:
        low = normalize(s.text).lower()
        if "былтыр" not in low and "прошлом" not in low and "минувшем" not in low and "last year" not in low:
            continue
        m = _LAST_YEAR_SET_AGAINST.search(low)
        if m is not None and not _about_the_future(low) and int(m.group(1)) + 2 <= dt.date.today().year:
            return int(m.group(1)) + 2
    return None


def _last_year_of_the_pandemic(sents: list[Sentence]) -> bool:
    """Does a sentence of "last year" give the pandemic as its cause?"""
    for s in sents:
        low = normalize(s.text).lower()
        if _DUE_TO_THE_PANDEMIC.search(low) and _MAY_SAY_LAST_YEAR(low) and _LAST_YEAR_RE.search(low):
            return True
    return False


# "Next year" told just before a plan's named years ("Келесі жылы 1700 гектарды қамтимыз. … Ал, 2023 жылы 2100 гектар,
# 2024 жылы – 6350 гектар", "В следующем году — 1700 га, в 2023 году — 2100 га", "Next year 1,700 ha, in 2023 2,100
# ha"): next year is the year before the first one named, and the text is of the year before that.
_NEXT_YEAR_RE = re.compile(_W + r"(?:" + "|".join(REL_NEXT_YEAR) + r")" + _E, re.I)


def _run_of_plans(sents: list[Sentence]) -> tuple[int, set[int]] | None:
    """(the text's year, the years the plan names) for "next year" told before a run of named years (see above):
    the years after it in its own sentence, or in the next two sentences when those speak of the future."""
    for k, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        at = _NEXT_YEAR_RE.search(low)
        if at is None or _A_YEAR.search(low[:at.start()]):
            continue
        named = {int(y) for y in _A_YEAR.findall(low[at.end():])}
        for other in sents[k + 1:k + 3]:
            other_low = normalize(other.text).lower()
            if _about_the_future(other_low):
                named |= {int(y) for y in _A_YEAR.findall(other_low)}
        if named and min(named) >= 2000:
            return min(named) - 2, named
    return None


# An event named with its year that the text says is held this year ("«Астана ЭКСПО-2017» … Напомню, выставка
# пройдет в этом году, с 10 июня по 10 сентября", "the Games will be held this year", "көрме биыл өтеді"): the text
# is of the event's year (one event year named in the text).
_HELD_THIS_YEAR = re.compile(r"(?:в\s+этом\s+году|в\s+текущем\s+году|this\s+year|биыл)\b[^.!?]{0,60}?"
                             r"(?:пройд[её]т|состоится|откроется|will\s+be\s+held|will\s+take\s+place|will\s+open|"
                             r"өтеді|өтпек|ашылады)|(?:пройд[её]т|состоится|откроется|will\s+be\s+held|will\s+take\s+"
                             r"place|өтеді|өтпек)[^.!?]{0,40}?(?:в\s+этом\s+году|this\s+year|биыл)\b", re.I)


def _event_held_this_year(sents: list[Sentence]) -> int | None:
    lows = [normalize(s.text).lower() for s in sents]
    if not any(_HELD_THIS_YEAR.search(low) for low in lows):
        return None
    years = {y for low in lows for y in event_years_named(low)}
    return next(iter(years)) if len(years) == 1 else None


# A year named as the coming one: "Алдағы 2018 жылы", "келесі 2018 жылы", "в предстоящем (наступающем, следующем) 2018
# году", "next year, 2018", "the coming year 2018", "in the coming 2018"; or the first of coming years ("алдағы
# 2020-2021 жылдары", "в предстоящие 2020-2021 годы"): the text is of the year before it.
_SPAN_TAIL = r"(?:\s*[-–]\s*(?:19|20)?\d{2})?"
_COMING_NAMED_YEAR = re.compile(
    r"(?<!\w)(?:алдағы|келесі|келер)\s+((?:19|20)\d{2})" + _SPAN_TAIL + r"\s*жыл|(?<!\w)(?:следующ|предстоящ|"
    r"наступающ)\w*\s+((?:19|20)\d{2})" + _SPAN_TAIL + r"\s*(?:год|гг|г\.)|"
    r"\b(?:next|coming|upcoming)\s+(?:year\s*,?\s*\(?)?((?:19|20)\d{2})(?!\d)", re.I)


# A report that says when it was written ("Written in 2009.", "Написано в 2009 году.", "2009 жылы жазылған."): that
# year is the text's, whatever later date the site filed it under.
_WRITTEN_IN = re.compile(r"(?:^|[.!?]\s+)(?:written\s+in|написано\s+в)\s+((?:19|20)\d{2})(?:\s*году)?\s*\.|"
                         r"((?:19|20)\d{2})\s+жылы\s+жазылған\s*\.", re.I | re.M)


def _written_in(body: str) -> int | None:
    years = {int(m.group(1) or m.group(2)) for m in _WRITTEN_IN.finditer(body)}
    return years.pop() if len(years) == 1 else None


# Money provided for one year ("More than 1.2 billion tenge are provided for pension and social payments in 2014",
# "на эти цели в 2014 году предусмотрено 1,2 млрд тенге", "2014 жылға 1,2 млрд теңге қарастырылған"): a budget is
# told in its year (or just before it). It dates a text only when the text states no year but old history (more
# than _HISTORY_YEARS before it: "declared … in 1990"), never against a recent one.
_HISTORY_YEARS = 5
_PROVIDED_FOR_A_YEAR = re.compile(
    r"\b(?:provided|allocated|earmarked|budgeted)\s+for\b[^.!?]{0,80}?\bin\s+((?:19|20)\d{2})\b|"
    r"(?<!\w)(?:в|на)\s+((?:19|20)\d{2})\s*год\w*[^.!?]{0,60}?(?<!\w)(?:предусмотрен|выделен|заложен)\w*|"
    r"(?<!\w)(?:предусмотрен|выделен|заложен)\w*[^.!?]{0,60}?(?<!\w)(?:в|на)\s+((?:19|20)\d{2})\s*год|"
    r"((?:19|20)\d{2})\s*жыл(?:ы|ға)\b[^.!?]{0,60}?(?:қарастырыл|бөлін)\w*", re.I)


def _provided_for_a_year(sents: list[Sentence]) -> int | None:
    years = {_year_of(m) for sent in sents
             for m in _PROVIDED_FOR_A_YEAR.finditer(normalize(sent.text))}
    return years.pop() if len(years) == 1 else None


# A document for one year signed or adopted ("have signed a memorandum of mutual cooperation for year 2017",
# "подписали меморандум о сотрудничестве на 2017 год", "2017 жылға арналған меморандумға қол қойды"), in a text that
# tells what is done "this year": the document is the current year's, so the text is of that year.
_DOCUMENT_FOR_A_YEAR = re.compile(
    r"\b(?:memorandum|agreement|plan|programme|program|budget|contract)\b[^.!?]{0,60}?\bfor\s+(?:the\s+)?"
    r"(?:year\s+)?((?:19|20)\d{2})\b(?!\s*[-–—]\s*(?:19|20)?\d{2})|"
    r"(?<!\w)(?:меморандум|соглашени|договор|план|программ|бюджет)\w*[^.!?]{0,60}?(?<!\w)на\s+((?:19|20)\d{2})"
    r"\s*(?:год|г\.)|((?:19|20)\d{2})\s*жылға\s+арналған\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:меморандум|келісім|жоспар|бағдарлама|бюджет)\w*", re.I)
_SIGNED = re.compile(r"\b(?:signed|adopted|approved|concluded)\b|(?<!\w)(?:подписа|утверди|заключи|принял|принят)\w*|"
                     r"қол\s+қой\w*|бекіт\w*|қабылда\w*", re.I)


def _document_of_this_year(sents: list[Sentence]) -> int | None:
    """The year of a document signed for one year in a text that speaks of this year (see above)."""
    years = set()
    for sent in sents:
        norm = normalize(sent.text)
        if _SIGNED.search(norm):
            years |= {_year_of(m) for m in _DOCUMENT_FOR_A_YEAR.finditer(norm)}
    if len(years) != 1 or not _speaks_of_this_year(sents):
        return None
    return years.pop()


# The year a plan is for ("2026 жылға жоспарланған іс-шаралар", "мероприятия, запланированные на 2026 год", "the
# measures planned for 2026"), in a text whose "this year" tells plans only and which names no other year ("Биыл … 16
# млн доза вакцина егу жоспарланып отыр"): this year's plans are that year's, so the text is of that year. Not a span
# of years ("2026-2030 жылдарға жоспарланған") nor a deadline ("к 2030 году").
_PLANNED_FOR_A_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s+жылға\s+(?:арналған\s+)?жоспарлан\w*|"
    r"(?:запланированн|планируем|намеченн)\w*\s+на\s+((?:19|20)\d{2})\s*(?:год|г\.)|"
    r"(?<![\d–-])на\s+((?:19|20)\d{2})\s*год\w*\s+(?:запланирован|намечен)\w*|"
    r"\bplanned\s+for\s+((?:19|20)\d{2})\b(?!\s*[-–])|"
    # the year a plan is told in, at the head of its sentence: "In 2017, in Almaly district, it is planned to build 4
    # kindergartens", "В 2017 году в районе планируется построить", "2017 жылы ауданда … салу жоспарлануда"
    r"^[\W_]*in\s+((?:19|20)\d{2})\s*,?[^.!?]{0,60}?\b(?:is|are)\s+planned\b|"
    # ("KAZINFORM In 2022 Aktobe region plans to build eight healthcare facilities", "Also in 2022 …": a dateline or
    # a linking word before it, the plan told in the active)
    r"^[\W_]*(?:[^\W\d_]+\s+)?in\s+((?:19|20)\d{2})\s*,?\s+[^.!?]{0,60}?\bplans\s+to\b|"
    r"^[\W_]*в\s+((?:19|20)\d{2})\s*году[^.!?]{0,60}?(?<!\w)(?:планируется|запланирован[оаы]?)(?!\w)|"
    r"^[\W_]*((?:19|20)\d{2})\s*жылы[^.!?]{0,80}?жоспарлан(?:уда|ған|ып\s+отыр)|"
    # a year, then what someone plans to do in it, its verbal noun in the accusative before "жоспарлап отыр" (is
    # planning): "қоры 2024 жылы 560 пәтерлік 9 көп пәтерлі үй салуды жоспарлап отыр"
    r"(?<!\d)((?:19|20)\d{2})\s*жылы\s+[^.!?]{0,80}?[^\W\d_]+(?:уды|уді|юды|юді)\s+жоспарлап\s+(?:отыр|отырмыз)", re.I)


# A plan told in the future for a year named at its head ("In 2019, 1.6 billion tenge will be allocated", "В 2019 году
# будет выделено", "2019 жылы … бөлінеді"), not a target to reach by a year ("к 2030 году", "by 2030").
_PLAN_IN_A_YEAR = re.compile(r"^[\W_]*(?:in|в)\s+((?:19|20)\d{2})(?:\s*году)?\s*,?|^[\W_]*((?:19|20)\d{2})\s+жылы\b",
                             re.I)


# (the plan's year after its future verb: "15 projects will be commissioned in 2023, he said", "будут введены в 2023
# году")
_PLAN_IN_A_YEAR_AFTER = re.compile(r"\bwill\s+be\s+[a-z]+(?:ed|en|t)\s+in\s+((?:19|20)\d{2})\b|"
                                   r"(?<!\w)буд(?:ет|ут)\s+[а-яё]+\s+в\s+((?:19|20)\d{2})\s*году", re.I)
_WILL = re.compile(r"\bwill\b|(?<!\w)буд(?:ет|ут)(?!\w)", re.I)
_PLAN_WORD = re.compile(r"\bplann\w*|(?<!\w)(?:за)?план\w*|жоспар\w*", re.I)


# a span's works about to begin ("2023-2024 жж. «Жайлы мектеп» ұлттық жобасы аясында 18 мектептің салынуы басталады",
# "в 2023-2024 годах начнется строительство", "construction will begin in 2023-2024"): told as the span opens
_SPAN_STARTS = re.compile(r"басталады|басталмақ|(?<!\w)начн[её]тся|(?<!\w)начнут|(?<!\w)стартует|"
                          r"\bwill\s+(?:start|begin|commence)\b", re.I)


def _past_plans_span(sents: list[Sentence]) -> int | None:
    """The first year of the one span a plan made before was for ("2024-2025 жылдары аралығында 41 білім беру
    нысанының құрылысын жүргізу жоспарланған болатын. Биыл соның 18-інің құрылысы аяқталады", "в 2024-2025 годах было
    запланировано …"), in a text of "this year": the text is of a year of that span (its first: a span's plan is
    told on while it runs)."""
    spans: set[int] = set()
    for sent in sents:
        low = normalize(sent.text).lower()
        if _YEAR_DIGITS.search(low) is None or not (is_past_plan(low) or _SPAN_STARTS.search(low)):
            continue
        spans |= {a.period_start.year for a in find_anchors(low, None) if a.kind == "range" and a.period_start
                  and a.period_end and 0 < a.period_end.year - a.period_start.year <= 5}
    return spans.pop() if len(spans) == 1 else None


def _the_year_before_a_plan(sents: list[Sentence]) -> int | None:
    """The year before the one year the text's plans are told for, in a text that states no year of the past or
    present and tells deeds done "this year" ("This year, 36.7 billion tenge were allocated … In 2019, 1.6 billion
    tenge will be allocated": written in 2018, the plan being for the next year)."""
    years: set[int] = set()
    for sent in sents:
        low = normalize(sent.text).lower()
        if _YEAR_DIGITS.search(low) is None:
            continue
        m = _PLAN_IN_A_YEAR.match(low) or _PLAN_IN_A_YEAR_AFTER.search(low)
        if m is None or not _WILL.search(low) or _PLAN_WORD.search(low) or _YEAR_END_OF_ITS_OWN.search(low):
            # a year told otherwise, or a plan of the year it is written in ("In 2017 … it is planned to build",
            # "В 2024 году … до конца года будут охвачены"): the year's plan alone does not date the text before it
            return None
        years.add(_year_of(m))
    return years.pop() - 1 if len(years) == 1 else None


def _year_of_this_years_plans(sents: list[Sentence]) -> int | None:
    """The one year the text's plans are for (see above), or None when a sentence of "this year" reports a deed done
    ("This year, 16 million doses were used": this year may be any). When this year's plan runs to this year's end
    ("Осы жылдың соңына дейін тағы 9 мектеп ашуды жоспарлап отырмыз … 2025 жылы тағы 20-дан астам мектеп салуды
    жоспарлап отырмыз"), the named year is a later one: the year before it."""
    years: set[int] = set()
    to_this_years_end = False
    for sent in sents:
        norm = normalize(sent.text)
        years |= {_year_of(m) for m in _PLANNED_FOR_A_YEAR.finditer(norm)}
        if _MAY_SAY_THIS_YEAR(norm.lower()) and _THIS_YEAR_RE.search(norm) and _reports_done(norm):
            return None
        to_this_years_end = to_this_years_end or (_THIS_YEARS_END.search(norm) is not None and
                                                  _YEAR_DIGITS.search(norm.lower()) is None)
    if len(years) != 1:
        return None
    return years.pop() - 1 if to_this_years_end else years.pop()


_THIS_YEARS_END = re.compile(r"(?:осы|биылғы|ағымдағы)\s+жылдың\s+соңына\s+дейін|(?<!\w)до\s+конца\s+(?:этого|текущего|"
                             r"нынешнего)\s+года|\bby\s+the\s+end\s+of\s+(?:this|the\s+current)\s+year\b", re.I)


# Plans set for a named year, then "next year" opening the very next sentence ("2023 жылға жоспарларды белгіледік.
# Келер жылы … 30 ауылда жұмыстар жүргізілмек", "Мы определили планы на 2023 год. В следующем году …", "We have set
# the plans for 2023. Next year …"): next year is the year planned, so the text is of the year before it.
_PLANS_FOR_A_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s+жылға\s+(?:арналған\s+)?жоспар\w*|"
    r"(?<!\w)план\w*\s+на\s+((?:19|20)\d{2})\s*(?:год|г\.)|"
    r"\bplans?\s+for\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.I)
_OPENS_WITH_NEXT_YEAR = re.compile(r"^[\W\d_]*(?:" + "|".join(REL_NEXT_YEAR) + r")" + _E, re.I)


# A budget for a named year set against this year's ("Қазына қоржыны биылғыға қарағанда ұлғайтылған … 2019 жылға
# арналған облыстық бюджет … 142,5 млрд теңге", "бюджет на 2019 год … больше, чем в текущем году", "the 2019 budget …
# higher than this year's"): the budget of the coming year, debated the year before it.
# (not the end of a span: "the original 2024-2026 budget plan"; article.py reads it too: a budget to come in the lead)
BUDGET_FOR_A_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s+жылға\s+арналған\s+(?:[^\W\d_]+\s+){0,2}?бюджет|"
    r"(?<!\w)бюджет\w*\s+(?:[а-яё]+\s+){0,2}?на\s+((?:19|20)\d{2})\s*год|"
    r"(?<![\d][-–—])\b((?:19|20)\d{2})\s+(?:regional\s+|state\s+|city\s+)?budget\b|"
    r"\bbudget\s+for\s+((?:19|20)\d{2})\b(?!\s*[-–—])", re.I)
_AGAINST_THIS_YEAR = re.compile(r"биылғы\w*\s+(?:[^\W\d_]+\s+)?(?:қара\w*да|салыстыр\w*)|"
                                r"(?:чем|по\s+сравнению\s+с)\s+(?:в\s+)?(?:текущ|этим|нынешн)\w*\s+год\w*|"
                                r"\bthan\s+(?:in\s+)?this\s+year|\bcompared\s+(?:with|to)\s+this\s+year", re.I)


def _budget_against_this_year(sents: list[Sentence]) -> int | None:
    """The year before the one a budget is for, when the text sets it against this year's (see above)."""
    texts = [normalize(s.text) for s in sents]
    if not any(_AGAINST_THIS_YEAR.search(t) for t in texts):
        return None
    years = [_year_of(m) for t in texts for m in BUDGET_FOR_A_YEAR.finditer(t)]
    return years[0] - 1 if years and len(set(years)) == 1 else None


def _next_year_in_the_title(sents: list[Sentence]) -> int | None:
    """The year before the one year a text names, when its title tells what will be done "next year" ("Талдықорғанда
    келесі жылы 98 көше жарықтандырылады" over "Біз 2025 жылы … 2 жобаны іске асыру үшін … өтінім бердік", "В
    следующем году …", "Next year …") and it names no year of its own otherwise: next year is that year."""
    title = next((s for s in sents if s.is_headline), None)
    if title is None or _NEXT_YEAR_RE.search(normalize(title.text)) is None or _YEAR_DIGITS.search(title.text):
        return None
    years = {int(y) for s in sents for y in _A_YEAR.findall(normalize(s.text))}
    if len(years) != 1:
        return None
    year = years.pop() - 1
    return year if year <= dt.date.today().year else None


def _plans_set_for_next_year(sents: list[Sentence]) -> int | None:
    """The year before the one plans were set for, when the next sentence opens with "next year" (see above)."""
    for k in range(len(sents) - 1):
        years = {_year_of(m) for m in _PLANS_FOR_A_YEAR.finditer(normalize(sents[k].text))}
        if len(years) == 1 and _OPENS_WITH_NEXT_YEAR.match(normalize(sents[k + 1].text).lower()):
            return years.pop() - 1
    return None


def _year_before_the_coming_one(sents: list[Sentence]) -> int | None:
    text = "\n".join(s.text for s in sents)
    years = {_year_of(m) for m in _COMING_NAMED_YEAR.finditer(text)}
    return years.pop() - 1 if len(years) == 1 else None


def _plan_and_its_progress(sents: list[Sentence]) -> int | None:
    """The year of a plan told with the progress made on it "this year" in the very next sentence ("В 2022 году
    запланирована посадка 278 млн деревьев. При весенней посадке текущего года проведены мероприятия на площади 39
    тыс. га", "In 2022, 278 million trees are planned to be planted. This spring, 106 million were planted", "2022
    жылы 278 млн ағаш отырғызу жоспарланған. Биыл көктемде 106 млн ағаш отырғызылды"): the plan is this year's, so
    the text is of that year. A plan followed by no such report ("В 2025 году планируется посадить …. В этом году
    планируется …"), or a deadline ("к 2025 году", "by 2025"), dates nothing."""
    for k in range(len(sents) - 1):
        low = normalize(sents[k].text).lower()
        if _YEAR_DIGITS.search(low) is None or not has_planned_word(low):
            continue
        after = normalize(sents[k + 1].text)
        this_year = (_MAY_SAY_THIS_YEAR(after.lower()) and _THIS_YEAR_RE.search(after)) or _THIS_SEASON.search(after)
        if _YEAR_DIGITS.search(after) or not this_year or has_planned_word(after.lower()) or not _reports_done(after):
            continue
        years = {a.period_start.year for a in find_anchors(low, None) if a.kind == "year" and a.period_start
                 and not _BY_A_YEAR.search(low[max(0, a.start - 6):a.end])  # (an anchor holds its "by", "к")
                 and not is_a_target_year(low, a)  # "2025 жылға дейін … салу жоспарланған": a deadline
                 and not _is_year_end_deadline(low, a.start, a.end)}
        if len(years) == 1:
            return years.pop()
    return None


# A season of this year: "this spring", "этой весной", "нынешней осенью" (Kazakh says "биыл көктемде", this year).
_THIS_SEASON = re.compile(r"\bthis\s+(?:spring|summer|autumn|fall|winter)\b|(?<!\w)(?:этой|нынешней)\s+"
                          r"(?:весной|осенью|зимой)(?!\w)|(?<!\w)этим\s+летом(?!\w)", re.I)
_PROVIDED_FOR = re.compile(r"(?<!\w)(?:предусмотрен\w*|запланирован\w*|намечен\w*|жоспарлан\w*)", re.I)
# A Russian short passive participle in the plural, "проведены", "высажены", "собраны" (is_done_once reads the
# neuter, "проведено").
_DONE_PLURAL_RU = re.compile(r"(?<![\w-])\w{4,}(?:аны|ены|яты)(?![\w-])", re.I)


def _reports_done(sentence: str) -> bool:
    if _PROVIDED_FOR.search(sentence):
        return False  # "предусмотрено 3653 гранта": provided for, not done
    lang = article_language([sentence])
    return is_done_once(sentence, lang) or (lang == "ru" and _DONE_PLURAL_RU.search(sentence) is not None)


def _near_plan_year(sents: list[Sentence]) -> int | None:
    """The year of a text whose only dates are those of a near plan: a season or a month of a year ("дети
    поступают в первые классы осенью 2023 года", "завершить процесс планируется в сентябре 2023 года", "күзде
    2023 жылы", "in September 2023"). A plan that names its season or month is weeks or months ahead, so the text
    is of that year (the earliest one named); a bare year of a target ("к 2030 году посадить 2 млрд деревьев")
    may be years ahead and dates nothing."""
    years: list[int] = []
    deadlines: list[int] = []
    for sent in sents:
        low = normalize(sent.text).lower()
        if _YEAR_DIGITS.search(low) is None:
            continue
        for anchor in find_anchors(low, None):
            if anchor.period_start is None or anchor.period_end is None:
                continue
            within_a_season = (anchor.period_end - anchor.period_start).days <= _SEASON_DAYS
            if anchor.kind in ("month", "day", "range") and within_a_season:
                years.append(anchor.period_start.year)
            elif anchor.kind == "year" and _is_year_end_deadline(low, anchor.start, anchor.end):
                deadlines.append(anchor.period_start.year)
            elif anchor.kind == "year" and _YEAR_END_OF_ITS_OWN.search(low, anchor.end):
                # "В 2024 году … до конца года квартирами будут охвачены 4574 семьи": the year's own end, so the
                # plan is for the rest of the year named
                deadlines.append(anchor.period_start.year)
            elif anchor.kind == "year" and _MONTH_OF_A_PLAN.search(low) and has_planned_word(low) and \
                    not _BY_A_YEAR.search(low[max(0, anchor.start - 6):anchor.start + 2]):
                # the month of a plan told with the plan's year in its sentence ("В мае … планируется обеспечить
                # жильем 1,2 тыс. семей из запланированных 6 тыс. в 2019 году"): a near plan of that year
                years.append(anchor.period_start.year)
    if not years and deadlines and _speaks_of_this_year(sents):
        years = deadlines
    return min(years) if years else None


_SEASON_DAYS = 92
# A month named without its year, as a plan's time ("в мае", "мамыр айында", "in May"), and a year given as a
# deadline ("к 2030 году", "by 2030", "до 2030 года"), which may be years ahead.
_MONTH_OF_A_PLAN = re.compile(
    r"(?<!\w)(?:в|во)\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?!\w)|"
    r"(?<!\w)(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\s+айында(?!\w)|"
    r"\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"(?!\s*,?\s*\d)", re.I)
_BY_A_YEAR = re.compile(r"(?<!\w)(?:к|до|by|until)\s+\S*$|(?<!\w)(?:к|до|by|until)\s+(?=\d)", re.I)

# A deadline at the end of a named year ("will be planted by the end of 2025", "до конца 2025 года", "2025 жылдың
# соңына дейін"): a plan for the rest of the year it is written in, when the text also tells how far it got this year
# ("since the start of the year", "as of today", "с начала года", "на сегодняшний день", "биыл"). A bare target year
# ("by 2030", "к 2030 году") or a deadline in a text that tells no progress of the year may be years ahead and dates
# nothing. (Latin Kazakh "2025 jyldyń sońyna deiin" is not read: the anchors find no year in it.)
_DEADLINE_BEFORE = re.compile(r"(?:\b(?:by|until|till|before)\s+the\s+end\s+of|\bдо\s+конца|\bк\s+концу)\s+$")
_DEADLINE_AFTER = re.compile(r"\s*жыл\w*\s+(?:соңына|аяғына)\s+дейін")
_STATUS_NOW = re.compile(_W + r"(?:as of today|to date|so far|на сегодняшний день|на сегодня|к настоящему времени|"
                         r"на данный момент|қазіргі таңда|бүгінгі күні|бүгінге дейін)" + _E)


# The end of the year a sentence names, told without the year again ("до конца года", "by the end of the year", "жыл
# соңына дейін").
_YEAR_END_OF_ITS_OWN = re.compile(r"(?:\bдо\s+конца|\bк\s+концу|\bby\s+the\s+end\s+of)\s+(?:этого\s+|the\s+)?"
                                  r"(?:года|year)\b(?!\s*\d)|\bжыл\s+соңына\s+дейін", re.I)


def _is_year_end_deadline(low: str, start: int, end: int) -> bool:
    """Is the year of the anchor at low[start:end] the end of a deadline ("by the end of 2025", see above)?"""
    digits = re.search(r"(?:19|20)\d{2}", low[start:end])
    if digits is None:
        return False
    year_start, year_end = start + digits.start(), start + digits.end()
    return _DEADLINE_BEFORE.search(low[max(0, year_start - 30):year_start]) is not None or \
        _DEADLINE_AFTER.match(low, year_end) is not None


def _speaks_of_this_year(sents: list[Sentence]) -> bool:
    """Does the text tell a figure of the current year or of now ("since the start of the year", "as of today")?"""
    for sent in sents:
        low = normalize(sent.text).lower()
        if (_MAY_SAY_THIS_YEAR(low) and _THIS_YEAR_RE.search(low)) or _STATUS_NOW.search(low):
            return True
    return False


_SINCE_THE_YEAR_BEGAN = re.compile(r"басынан|с начала|since the (?:beginning|start)|from the (?:beginning|start)", re.I)


_OPENS_WITH_THIS_YEAR = re.compile(r"^[\W\d_]*(?:биылғы\s+жылы|биыл|осы\s+жылы|ағымдағы\s+жылы|в\s+этом\s+году|"
                                   r"в\s+текущем\s+году|this\s+year)\b")
_OPENS_WITH_A_YEAR = re.compile(r"^[\W_]*(?:in\s+|в\s+)?(?:19|20)\d{2}\s*(?:жылы|году|г\.|,)")


# A sentence that opens with a total: "Всего в 2022 году …", "В целом за 2022 год …", "In total, in 2022 …", "Жалпы
# 2022 жылы …".
_SUMS_UP = re.compile(r"^[\W_]*(?:всего|в\s+целом|итого|in\s+total|overall|altogether|жалпы|барлығы)\b", re.I)


def _this_year_set_against(sents: list[Sentence], latest: int, before_too: bool = True) -> bool:
    """Is "this year", told without a year of its own, set against the latest year told in the past in the sentence
    right after it ("This year there were no casualties. In 2021, carbon monoxide killed six people.", "В этом году
    жертв нет. В 2021 году пострадали шесть человек.")? Then this year is a later one than that year."""
    for k, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        if not (_MAY_SAY_THIS_YEAR(low) and _THIS_YEAR_RE.search(low)) or _YEAR_DIGITS.search(low) or \
                (_MAY_SAY_LAST_YEAR(low) and _LAST_YEAR_RE.search(low)) or _SINCE_THE_YEAR_BEGAN.search(low):
            # (a sentence that sets this year against last year in itself is no contrast with the next; nor is one of
            # the year so far, "Жыл басынан бері …", which the next goes on with: "2023 жылдың үш айында …")
            continue
        # (the sentence right after it, or right before it: "2018 жылы … 110 мектеп салынды. Биылғы жылы 72 мектеп
        # пайдалануға берілуде": the year told done, then this year's figure)
        # (before it only when each opens with its time: "2018 жылы …" then "Биылғы жылы …", "In 2018, …" then "This
        # year, …")
        for j in (k + 1, k - 1):
            if not 0 <= j < len(sents):
                continue
            other = normalize(sents[j].text).lower()
            if _SUMS_UP.match(other):
                # "В Шымкенте в этом году … обеспечены 1 527 граждан. Всего в 2022 году объем ввода … увеличился":
                # a total of the year sums this year's figures up, it sets no other year against them
                continue
            if j < k and not (before_too and _OPENS_WITH_THIS_YEAR.match(low) and _OPENS_WITH_A_YEAR.match(other)
                              and not is_done_once(low, sentence_language(low))):
                # (not in a text that also says "last year": that one is the year before the stated one; nor when
                # this year's sentence reports a deed done, "В текущем году реализовано еще 120 проектов", which
                # goes on about the stated year)
                continue
            if str(latest) in other and not (_MAY_SAY_THIS_YEAR(other) and _THIS_YEAR_RE.search(other)) and \
                    any(a.kind == "year" and a.period_start is not None and a.period_start.year == latest
                        for a in find_anchors(other, None)) and is_past_report(other, sentence_language(other)):
                return True
    return False


# The Kazakh future of intent ("арта түспек", "салынбақ", "бөлінбек"): a plan, as "жоспарлануда" is. (Only after a
# stem that ends in п, л or н: a bare "-бек / -мақ" ends names and nouns, "Нұрбек", "салмақ".)
_KK_INTENT = re.compile(r"[^\W\d_]{3,}(?:пақ|пек|лмақ|лмек|нбақ|нбек)(?![^\W\d_])")


def _latest_told_only(reported: list[tuple[str, tuple[int, ...]]], latest: int,
                      told_so: Callable[[str, list[Anchor]], bool | None]) -> bool:
    """Is the latest year of a text's reports told, in every sentence that names it, as `told_so` says (given the
    lower-cased sentence and its anchors ending in that year; None: the sentence says nothing either way), and in one
    sentence at least?"""
    told = False
    for norm, years in reported:
        if latest not in years:
            continue
        low = norm.lower()
        of_latest = [a for a in find_anchors(low, None) if a.period_end is not None and a.period_end.year == latest]
        verdict = told_so(low, of_latest)
        if verdict is None:
            continue
        if not verdict:
            return False
        told = True
    return told


def _latest_ends_a_span_only(reported: list[tuple[str, tuple[int, ...]]], latest: int) -> bool:
    """Is the latest year of a text's reports only ever the end of a span told done ("in the period from 2011 to
    2016", "2011-2016 жылдары салынды", "в 2011–2016 годах построено")? Not a year told on its own too."""
    return _latest_told_only(reported, latest, lambda low, anchors: None if not anchors else all(
        a.kind == "range" and a.period_start is not None and a.period_start.year != latest for a in anchors)
        and is_done_once(low, sentence_language(low)))


# A sentence that recalls what the reader was told before: "Remember, …", "Recall that …", "Напомним, …",
# "Еске сала кетейік, …".
_RECALLS = re.compile(r"^\W*(?:remember|recall(?:\s+that)?|as\s+a\s+reminder|напомним|напоминаем|еске\s+сал\w*)\b",
                      re.I)


def _latest_only_recalled(reported: list[tuple[str, tuple[int, ...]]], latest: int) -> bool:
    """Is the latest year of a text told only as a bare year in sentences that recall earlier news ("Remember, in
    2024, the group managed to gather 127 million tenge")? A month or a day of that year may be of the text's own."""
    return _latest_told_only(reported, latest, lambda low, anchors: _RECALLS.match(low) is not None and all(
        a.kind == "year" for a in anchors))


def _year_so_far_after_full_years(sents: list[Sentence], reported: list[tuple[str, tuple[int, ...]]],
                                  latest: int) -> bool:
    """Does the text tell the year so far with no year of its own ("Жыл басынан бері …", "С начала года …", "Since
    the beginning of the year …"), and its latest year only in sentences that run whole years up to it, each told done
    ("2021 жылы 6 490 …, 2022 жылы – 5 045, ал 2023 жылы … азайған", "в 2022 году – 40, в 2023 году – 35")?"""
    so_far = any(_SINCE_THE_YEAR_BEGAN.search(low := normalize(s.text).lower()) and not _YEAR_DIGITS.search(low)
                 for s in sents)
    return so_far and _latest_told_only(reported, latest, lambda low, anchors: (
        latest - 1 in {a.period_end.year for a in find_anchors(low, None) if a.kind == "year" and a.period_end}
        and all(a.kind == "year" for a in anchors) and is_past_report(low, sentence_language(low))))


def _a_run_of_years(sents: list[Sentence], latest: int) -> bool:
    """Does the text tell year after year up to its latest, each opening a sentence ("In 2012, … In 2013, … In 2014,
    … This year, …")? Then a "this year" with no year of its own is the next one, not the latest told."""
    low = " ".join(s.text for s in sents).lower()
    return all(re.search(rf"(?:^|[.!?]\s*)in\s+{y},", low) for y in (latest - 2, latest - 1, latest))


# A year in the words of a URL's slug ("…/qurban-2025-yzylordada-11972-otbasyna…", "…/world-cleanup-day-2023",
# "…/2024/volunteers-planted-trees"): the page tells of that year, so an undated page is dated to it, at year
# precision only. A year is 19xx/20xx set off by - _ / . and either sharing its path segment with words (a slug)
# or a bare segment followed by a slug (a year folder); a bare number ending the path may be an id ("/post/2025").
# Not a year: one glued to other digits or letters ("id2025", "11972"), a year still to come (a programme's target,
# "kazakhstan-2050"), a round 2000 (a count as often as a year: "2000-volunteers"), and two different years (the
# slug does not say which one the page is of).
_URL_YEAR = re.compile(r"(?<![^\-_/.])((?:19|20)\d{2})(?![^\-_/.])")
_URL_FIRST_YEAR = 1995
# A year a slug names as a target: after "until / till / to / by / do" ("plan-until-2020", "programma-do-2025-goda") or
# before a Kazakh "дейін" ("2025-zhylga-deiin", "2025-жылға-дейін").
_URL_TARGET_BEFORE = re.compile(r"(?:^|[-_])(?:until|till|to|by|do|до)[-_]$", re.I)
_URL_TARGET_AFTER = re.compile(r"[-_](?:[a-zа-яәғқңөұүһі]+[-_])?(?:deiin|deyin|dejin|dein|дейін)(?:[-_]|$)", re.I)


def url_year(url: str | None, today: dt.date | None = None) -> int | None:
    """The one year a URL's path names in its words (see above), None without one or with two."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", unwrapped_url(url.strip()), flags=re.I).split("?")[0].split("#")[0]
    segments = path.split("/")
    last_year = (today or dt.date.today()).year
    years: set[int] = set()
    targets: set[int] = set()  # years the slug names as a target: never the page's (and two years are none)
    for i, segment in enumerate(segments):
        stem = re.sub(r"\.(?:html?|php|aspx?)$", "", segment, flags=re.I)
        for m in _URL_YEAR.finditer(stem):
            year = int(m.group(1))
            if not _URL_FIRST_YEAR <= year <= last_year or year == 2000:
                continue
            if _URL_TARGET_BEFORE.search(stem, 0, m.start()) or _URL_TARGET_AFTER.match(stem, m.end()):
                targets.add(year)  # "…-development-plan-until-2020", "…-do-2025-goda", "…-2025-zhylga-deiin"
            if stem == m.group(1):  # a bare numeric segment: a year folder only before a slug
                after = [s for s in segments[i + 1:] if s]
                if not after or re.search(r"[^\W\d_]", after[0]) is None:
                    continue
            years.add(year)
    return years.pop() if len(years) == 1 and not targets else None


# How many years a page's date may lie after the year its text tells as this one before it is taken for the day
# the page was copied rather than written.
_COPY_DATE_YEARS = 2


def _year_of_a_same_period_base(sents: list[Sentence]) -> int | None:
    """The year after the base of "the same period of YEAR" in a sentence of this year ("За 6 месяцев текущего года
    … В сравнении с данным периодом 2019 года" → 2020), when the text names one such base; else None."""
    bases: set[int] = set()
    this_year = False
    if not any(w in s.text for s in sents for w in ("период", "period", "кезең")):
        return None  # (a cheap test: every base named holds one of these)
    for sent in sents:
        low = normalize(sent.text).lower()
        this_year = this_year or (_MAY_SAY_THIS_YEAR(low) and _THIS_YEAR_RE.search(low) is not None)
        bases |= {_year_of(m) for m in _SAME_PERIOD_OF_A_YEAR.finditer(low) if m.group(1) or m.group(2)}
        bases |= {int(m.group(1)) for m in _THIS_PERIOD_OF_A_YEAR.finditer(low)}
    return bases.pop() + 1 if this_year and len(bases) == 1 else None


def _past_year_after(sents: list[Sentence], day: dt.date) -> int | None:
    """The latest year after `day`'s year that a sentence reports as done (a past report naming it, not a plan), and
    no later than today; None when there is none."""
    latest = None
    for s in sents:
        low = normalize(s.text).lower()
        if not _YEAR_DIGITS.search(low) or _about_the_future(low) or \
                not is_past_report(low, sentence_language(s.text)):
            continue
        for a in find_anchors(low, None):
            if a.kind in ("year", "season", "month", "day", "range") and a.period_end is not None and \
                    day.year < a.period_end.year <= dt.date.today().year and not is_comparison_base(low, a):
                latest = max(latest or 0, a.period_end.year)
    return latest


# "В сравнении с данным периодом 2019 года", "по сравнению с этим же периодом 2019 года" (the same period, said with
# "this" / "given").
_THIS_PERIOD_OF_A_YEAR = re.compile(r"(?:данным|этим\s+же|тем\s+же)\s+период\w*\s+((?:19|20)\d{2})", re.I)


def document_date(text: str, sents: list[Sentence], meta: dict[str, Any] | None = None,
                  original: str | None = None) -> DateGuess:
    """The article's publication date, first match wins (DESIGN §2): sources.csv's `published` (`source`), the
    page's own metadata (`page`: a `published_basis` of "page" given by `loaders add` for a saved web page), the
    top of the text, the URL, the latest date the text states, a year implied by the text (`year_only`), else
    `unknown`. Never more precise than its evidence: a URL with /2024/04/ gives a month, an implied year a year."""
    meta = meta or {}
    if meta.get("published"):
        published = meta["published"]
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return DateGuess(published, "page" if meta.get("published_basis") == "page" else "source")
    body = "\n".join(s.text for s in sents)
    guess = publication_date(text, body, meta.get("url"), original)
    if guess.date is not None and guess.basis == "inferred":
        # the latest day the text states is a lower bound; a text that counts years back from one it names ("шесть
        # лет назад … в ноябре 2019 года") is of a later year
        counted = max(_counted_back_years(sents).values(), default=None)
        if counted is not None and counted > guess.date.year:
            return DateGuess(dt.date(counted, 1, 1), "year_only", "year")
        if _months_reported_after(sents, guess.date):
            # "уровень газификации на 1 января 2023 года составляет 3,1% … За январь-июнь 2023 года использовали около
            # 13 тысяч тонн": months of that year reported as done end after the day, so the text is of a later
            # day of that year, which it does not state
            return DateGuess(dt.date(guess.date.year, 1, 1), "year_only", "year")
        # a day of old history ("declared by the UN General Assembly on December 14, 1990") in a text that tells
        # the money provided for a later year: the budget's year (_provided_for_a_year)
        provided = _provided_for_a_year(sents)
        if provided is not None and guess.date.year < provided - _HISTORY_YEARS:
            return DateGuess(dt.date(provided, 1, 1), "year_only", "year")
        # a day of old history ("independence declared on December 16, 1991") in a text that marks an anniversary
        # of it ("the amnesty to mark the 25th anniversary of the country's independence"): the anniversary's year
        marked = max((y for sent in sents if (y := anniversary_year(normalize(sent.text).lower())) is not None),
                     default=None)
        if marked is not None and guess.date.year < marked - _HISTORY_YEARS and marked <= dt.date.today().year:
            return DateGuess(dt.date(marked, 1, 1), "year_only", "year")
    if guess.date is not None and guess.basis == "url" and (later := _past_year_after(sents, guess.date)) is not None:
        # "survincity.com/2010/09/saiga-population-…" over "About a thousand saiga … died from an infectious disease in
        # spring 2012": the text reports as done what came after the URL's month; the site's folder is no date of it
        return DateGuess(dt.date(later, 1, 1), "year_only", "year")
    compared = _year_of_a_same_period_base(sents) if guess.date is not None and guess.basis == "text" else None
    if guess.date is not None and compared is not None and guess.date.year > compared + _COPY_DATE_YEARS:
        # "Воскресенье, 15 Марта 2026" over "За 6 месяцев текущего года … В сравнении с данным периодом 2019 года":
        # the date at the top is the day the page was copied (a site's header calendar), years after the text's own
        return DateGuess(dt.date(compared, 1, 1), "year_only", "year")
    written = _written_in(body)
    if written is not None and (guess.date is None or guess.date.year > written):
        # "A child sponsorship report from Astana in Kazakhstan. Written in 2009." under an archive's "April 2010":
        # the report tells its own year; the archive when it was posted
        return DateGuess(dt.date(written, 1, 1), "year_only", "year")
    if guess.date is not None:
        return guess
    year = implied_year(sents)
    header_year = _year_alone_in_the_header(text)
    if header_year is not None and (year is None or header_year >= year):
        # "Ақорда / … / 2023 жылғы" (a header's date cut to its year): the page's own year
        year = header_year
    in_url = url_year(meta.get("url"))
    if in_url is not None and (year is None or in_url > year):
        # the slug's year: the page is of that year at least (the text's latest year is a lower bound too)
        return DateGuess(dt.date(in_url, 1, 1), "url", "year")
    if year is not None:
        header = yearless_header_day(text)
        if header is not None and (day := safe_date(year, *header)) is not None and day <= dt.date.today():
            if _months_reported_after(sents, day):
                # "Атырау, 15 января 15:46" over "за 8 месяцев 2025 года зарегистрировано …": the months reported
                # done end after that day of 2025, so the header's day is of the year after
                day = safe_date(year + 1, *header)
                if day is None or day > dt.date.today():
                    return DateGuess(dt.date(year, 1, 1), "year_only", "year")
            # "30 Қаңтар, 18:15" at the top of a text whose own references imply 2024: that day of that year
            return DateGuess(day, "inferred")
        return DateGuess(dt.date(year, 1, 1), "year_only", "year")
    copied = site_calendar_date(text)
    if copied is not None:
        return DateGuess(dt.date(copied.year, 1, 1), "year_only", "year")
    served = copyright_year(original or text)
    if served is not None:
        # the footer's "© 2014": the year the site served the page in (text.copyright_year), the only year it has
        return DateGuess(dt.date(served, 1, 1), "year_only", "year")
    return guess


# Words of an event that took place: "прошла акция", "was held on 13 June", "акция өтті".
_EVENT_HELD = re.compile(r"прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл\w*|организова\w+|\bwas held\b|"
                         r"\bwere held\b|\btook place\b|\bheld\b|\borgani[sz]ed\b|өтті|өткізілді|өткізді|"
                         r"ұйымдастырылды|ұйымдастырды|"
                         # a meeting the report was given at: "reported … at a Dec. 25 government meeting", "на
                         # заседании правительства 25 декабря", "25 желтоқсандағы Үкімет отырысында"
                         r"\b(?:at|during)\s+(?:a|the)\s+(?:[\w.]+\s+){0,3}(?:meeting|session|briefing)\b|"
                         r"на\s+(?:\w+\s+)?(?:заседании|совещании|брифинге)|отырысында|брифингте", re.I)
_EVENT_HELD = Caseless(_EVENT_HELD)  # loaders/caseless.py
_LEAD_SENTENCES = 4


def event_day(sents: list[Sentence], date: DateGuess) -> dt.date | None:
    """The day of the event an article reports, when its publication date is coarser than a day: a day named in
    the title or lead next to a verb of an event that took place ("15 мая прошла акция", "The campaign … was held
    on 13 June in Karaganda", "13 маусымда акция өтті"). Figures stated "now" take that day."""
    if date.precision == "day" and date.date is not None:
        return None
    ref = date.last
    for sent in sents[:_LEAD_SENTENCES + 1]:
        low = normalize(sent.text).lower()
        today = _today_is(low, find_anchors(low, ref), date)
        if today is not None:
            return today
        if not _EVENT_HELD.search(low):
            continue
        days = [a for a in find_anchors(low, ref) if a.kind == "day" and a.period_start is not None]
        days = [a for a in days if ref is None or a.period_start <= ref]
        if date.date is not None:
            # within the month or year the evidence gives (or the last days before a month: a meeting of Dec. 25
            # reported in a January article)
            first = date.date - dt.timedelta(days=_DAYS_BEFORE_A_MONTH if date.precision == "month" else 0)
            days = [a for a in days if a.period_start >= first]
        if days:
            return days[0].period_start
    return None


_DAYS_BEFORE_A_MONTH = 10
_TODAY_BEFORE = re.compile(r"(?<![^\W\d_])(?:сегодня|бүгін|today)\W{1,3}$")


def _today_is(low: str, anchors: list[Anchor], date: DateGuess) -> dt.date | None:
    """The day a lead calls today ("Сегодня, 29 июня, в воскресенье, …", "Бүгін, 29 маусым", "Today, June 29"):
    the publication day, within the year or month the evidence gives. A weekday named with it must fall on that day
    in that year: when it does not, the year is wrong and the day is not taken."""
    for a in anchors:
        if a.kind != "day" or a.period_start is None or not _TODAY_BEFORE.search(low[max(0, a.start - 12):a.start]):
            continue
        if (date.date is not None and a.period_start < date.date) or (date.last is not None
                                                                          and a.period_start > date.last):
            continue
        weekday = weekday_number(low[a.end:a.end + 20])
        if weekday is not None and weekday != a.period_start.weekday():
            return None
        return a.period_start
    return None


@dataclass
class ArticleContext:
    title: str | None
    sentences: list[Sentence]
    published: dt.date | None  # the last day the publication may fall on: periods are resolved against it
    lang: str
    flags: dict[str, Any]  # volunteering, flood, area: read by the metric rules
    date: DateGuess | None = None  # the publication date, its basis and precision
    event: dt.date | None = None  # the day of the event reported, when the date is coarser than a day

    def as_of(self) -> tuple[dt.date | None, dt.date | None]:
        """The period of a figure stated "now": the publication day, else the event's day, else the whole month
        or year the evidence gives."""
        if self.event is not None:
            return self.event, self.event
        if self.date is None:
            return self.published, self.published
        return self.date.date, self.date.last


def article_context(text: str, published: dt.date | DateGuess | None, lang_hint: str | None = None,
                    prepared: tuple[str | None, list[Sentence]] | None = None) -> ArticleContext:
    """The context of one article. `published` is a day or a DateGuess (document_date) with its precision;
    `prepared` is (title, sentences) when the caller has already cleaned and split the text; `lang_hint` the
    article's language when known."""
    if prepared is None:
        lines, title = content_lines(text)
        sents = sentences(lines)
    else:
        title, sents = prepared
    body = "\n".join(s.text for s in sents)
    lead = next((s.text for s in sents if not s.is_headline), None)
    flags = article_flags(body, title, lead)
    article_lang = lang_hint
    if article_lang is None:
        article_lang = article_language([s.text for s in sents])
    date = published if isinstance(published, DateGuess) else DateGuess(published, "source" if published else
                                                                        "unknown")
    event = event_day(sents, date) if date.precision != "day" or date.date is None else None
    if date.basis == "inferred" and date.date is not None:
        later = _later_lead_day(sents, date.date)
        if later is not None:
            # the latest day the text states is a lower bound of its date (text.publication_date): a day the lead
            # opens with later in that year is the news's day ("On December 22 Kazakhstan sent 100 ventilators …"
            # under "the instruction … as of December 10, 2020"), not a day of the year before
            return ArticleContext(title, sents, later, article_lang, flags, DateGuess(later, "inferred"), None)
    return ArticleContext(title, sents, date.last, article_lang, flags, date, event)


def _later_lead_day(sents: list[Sentence], inferred: dt.date) -> dt.date | None:
    """A day without its year at the start of the article's first sentence (its first words), later in the year of
    the inferred date, not after today."""
    first = next((s for s in sents if not s.is_headline), None)
    if first is None:
        return None
    low = normalize(first.text).lower()
    year_end = dt.date(inferred.year, 12, 31)
    for a in find_anchors(low, year_end):
        if a.start > 40:
            break
        if a.kind == "day" and a.period_start is not None and inferred < a.period_start <= min(
                year_end, dt.date.today()) and not re.search(r"(?:19|20)\d{2}", low[a.start:a.end]):
            return a.period_start
    return None

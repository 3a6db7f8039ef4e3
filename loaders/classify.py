"""Assign a catalog metric (metrics/catalog.csv) to a figure, or None.

Rules are tried in order; the first that matches wins. A rule looks at the counted noun (ru lemma, kk stem
or en singular), the unit, the words of the figure's own noun phrase and segment (the text between its
neighbours), the clause, and whether the clause names Kazakhstan or a region. Words are regular
expressions over lower-cased text with ё→е, written for ru, kk and en together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from loaders.caseless import Caseless
from loaders.catalog import load_catalog
from loaders.figure import Figure
from loaders.text import needed_words

VOLUNTEER = {"волонтер", "доброволец", "ерікті", "volunteer"}
# Stems of "volunteer" in the three languages, in any word form (also used for the article's topic).
VOLUNTEER_STEMS = ("волонт", "добровол", "ерікті", "volunt")
VOLUNTEER_WORDS = re.compile("|".join(VOLUNTEER_STEMS))


def _re(pattern: str) -> re.Pattern[str]:
    # run without IGNORECASE over lower-case text where that finds the same (loaders/caseless.py)
    return Caseless(re.compile(pattern, re.I))  # type: ignore[return-value]


# Words that make a volunteers count about one project, event, platform or course, not the country.
NOT_NATIONWIDE = _re(
    # (not "работают в различных направлениях", the many fields the people work in)
    r"проект|акци|начинани|платформ|форум|слет|обучен|(?<!различных )(?<!разных )(?<!всех )(?<!многих )направлен|"
    r"марафон|преми|награ|жоба|"
    r"platform|project|campaign|forum|trained|award|участвовал|приняли участие|қатысты|атсалыс|ат салыс|"
    r"паводк|серебрян|күміс|silver|flood|в нем|в нём|в рамках|стали|became|joined|new|новых|жаңа|marathon|"
    r"took part|take part|part in|campaign|"
    # one event's volunteers: "во время международной выставки … будут работать 4,5 тысячи добровольцев", "EXPO",
    # "the Universiade", "the Games"
    r"выставк|экспо|expo|exhibition|универсиад|universiade|азиад|олимпиад|olympi|games\b|игр\b|чемпионат|"
    r"championship|көрме"
)
# Without a place named, a bare count is nationwide only when stated as a level ("насчитывается",
# "there are") and not tied to a place just mentioned ("онда" = there, "там").
LEVEL_VERBS = _re(r"насчитыва|было|стало|работа|действу|зарегистрирован|существу|there (are|were)|"
                  r"вовлечен|тартыл|айналыс|занима\w* волонт|involved|engaged|"
                  r"\bhas\b|\bhave\b|\bbar\b|\bбар\b|жұмыс істей|тіркелген|число|количество|численност|саны|"
                  r"\bболған\b|\bболды\b|\bболатын\b|\bеді\b|\bболса\b|"
                  r"number of|total")
NATIONAL_TOTAL = _re(r"всего|в стране|по стране|зарегистрирован|насчитыва|тіркелген|барлығы|total|registered|"
                     r"nationwide|worldwide|global|в мире|мировой|әлем|societies")
LOCAL_POINTERS = _re(r"\bонда\b|\bтам\b|\bthere\b(?! (are|were))|\bздесь\b|\bмұнда\b")
ANNUAL_KINDS = {"annual", "year", "ytd"}


# An amount told per one of some people ("one family can leave up to 5 kilograms of waste after a holiday", "each
# tourist leaves 2 kg", "на одного жителя", "каждая семья", "бір отбасы", "әр адам", "жан басына"): a rate of what one
# of them leaves or does, not a total of the waste collected.
PER_ONE = _re(
    r"\b(?:one|each|every|per|a\s+single)\s+(?!(?:of|year|day|week|month|time|weekend|season|summer|spring|autumn|"
    r"winter)\b)(?:\w+\s+)?(?:famil(?:y|ies)|persons?|residents?|tourists?|"
    r"visitors?|households?|citizens?|volunteers?|participants?|inhabitants?|holidaymakers?|vacationers?|"
    r"campers?)\b|\bper\s+(?:capita|head)\b|"
    r"(?<!\w)(?:одн(?:а|у|ой|ого|ому|им)|кажд\w+)\s+(?:\w+\s+)?(?:семь|человек|жител|турист|отдыхающ|"
    r"волонт[её]р|участник|домохозяйств)|(?<!\w)на\s+(?:одного\s+|каждого\s+)?(?:человека|жителя|семью|душу)"
    r"(?!\w)|(?<!\w)(?:бір|әр|әрбір)\s+(?:\w+\s+)?(?:отбасы|адам|тұрғын|турист|ерікті|қатысушы|демалушы)|"
    r"жан\s+басына")



def _per_one_before(fig: Figure, ctx: dict[str, Any]) -> bool:
    """Does the figure's clause tell the amount per one of some people (PER_ONE) before the number? ("…, one
    volunteer said" after it is a speaker)."""
    clause = ctx["clause"]
    at = clause.lower().find(fig.text.lower()) if fig.text else -1
    return PER_ONE.search(clause[:at] if at >= 0 else clause) is not None


@dataclass(frozen=True)
class Rule:
    metric: str
    nouns: frozenset[str] | None = None  # counted nouns (None: any)
    units: frozenset[str] | None = None
    near: re.Pattern[str] | None = None  # must occur in the noun phrase or the segment
    where: str = "segment"  # segment, clause or sentence: where `near` is looked for
    unless: re.Pattern[str] | None = None  # must not occur in the segment
    check: Callable[[Figure, dict[str, Any]], bool] | None = None


def _annual(fig: Figure, ctx: dict[str, Any]) -> bool:
    return ctx["period_kind"] in ANNUAL_KINDS or bool(re.search(r"в год|ежегодн|жыл сайын|жылына|"
                                                               r"per year|a year|annual", ctx["clause"]))


def _annual_not_volunteers(fig: Figure, ctx: dict[str, Any]) -> bool:
    """Yearly, and not the volunteers of a clause about donors ("200 волонтеров и 500 доноров")."""
    return _annual(fig, ctx) and fig.noun not in VOLUNTEER


# The country's donors as a level, not a yearly count: "в Казахстане насчитывается около 200 тысяч доноров",
# "Қазақстанда 200 мыңдай донор бар", "there are about 200,000 donors in Kazakhstan". The catalog's donors metric
# is that national number (the gold files it under blood_donors_per_year); the donors of one drive or one city
# ("в акции приняли участие 300 доноров") name no country and stay yearly-only.
_DONOR_NOUNS = frozenset({"донор", "donor", "доноры"})


def _national_donor_level(fig: Figure, ctx: dict[str, Any]) -> bool:
    return fig.noun in _DONOR_NOUNS and bool(ctx["country_scope"]) and bool(LEVEL_VERBS.search(ctx["clause"])) \
        and not LOCAL_POINTERS.search(ctx["clause"]) and not NOT_NATIONWIDE.search(ctx["clause"])


# Projects in the plural as what the volunteers do ("60 000-нан астам волонтер түрлі әлеуметтік жобаларды іске
# асырады", "более 60 тысяч волонтеров реализуют социальные проекты", "volunteers implement various projects"): their
# work in general, not volunteers of one project ("жобаның / жобаға 50 еріктісі", "в проекте", "the project's").
_PROJECTS_THEY_DO = _re(
    r"жобалар(?:ды|ын)?\s+(?:\S+\s+){0,2}?(?:іске|жүзеге)\s+асыр\w*|"
    r"(?:реализу|осуществля|воплоща|ведут|выполня)\w*\s+(?:\S+\s+){0,3}?проекты\b|"
    r"\bпроекты\s+(?:\S+\s+){0,2}?(?:реализу|осуществля)\w*|"
    r"(?:implement|carry|carries|run|runs|running|deliver)\w*\s+(?:out\s+)?(?:\S+\s+){0,3}?projects\b"
)


def _nationwide(fig: Figure, ctx: dict[str, Any]) -> bool:
    """Volunteers of the whole country (or of the region named in the clause), not of one project."""
    segment = _PROJECTS_THEY_DO.sub(" ", ctx["segment"])
    if NOT_NATIONWIDE.search(segment) or NOT_NATIONWIDE.search(fig.np_text):
        return False
    if ctx["country_scope"]:
        return True
    modifiers = [w for w in fig.np_text.replace(fig.noun or "", " ").split() if w not in NEUTRAL_MODIFIERS]
    return bool(LEVEL_VERBS.search(ctx["clause"])) and not LOCAL_POINTERS.search(ctx["clause"]) and not modifiers


# Words that describe volunteers without narrowing them to a subgroup.
NEUTRAL_MODIFIERS = {"зарегистрированный", "зарегистрировать", "активный", "казахстанский", "registered", "active",
                     "kazakhstani", "тіркелген", "белсенді", "қазақстандық", "всего", "total"}


def _volunteer_article(fig: Figure, ctx: dict[str, Any]) -> bool:
    text = ctx["segment"] + " " + fig.np_text
    if VOLUNTEER_WORDS.search(text):
        return True
    return ctx["article_flags"].get("volunteering", False) and not re.search(
        r"государствен|коммерческ|мемлекеттік|government|commercial|международн|халықаралық|international|"
        r"нпо|ngo|из ", text
    )


_HELP_WORDS = re.compile(r"помощ|помог|көмек|help|assist|\baid")
# Offering help, volunteering to help: the people counted give help ("помощь предложили 5 тысяч человек",
# "предложили свою помощь", "изъявили желание помочь", "вызвались помочь", "offered (to) help", "volunteered to
# help", "көмек ұсынды", "көмегін ұсынды", "көмектесуге ниет білдірді"); not "предложили помощь семьям" said of
# an organisation (the count then is of those it was offered to, a noun in the dative, rare in a clause of persons).
OFFERED_HELP = _re(r"помощь\s+предложил|предложил\w*\s+(?:свою\s+)?помощь|изъявил\w*\s+желание\s+помо|"
                   r"вызвал\w*\s+помо|готовы\s+помочь|offered\s+(?:to\s+help|(?:their\s+)?help|assistance)|"
                   r"volunteered\s+to\s+help|көме\w*\s+ұсын|көмектесуге\s+(?:ниет|дайын)|"
                   r"kómek\w*\s+usyn|kómektesýge\s+(?:nıet|niet|daıyn|daiyn)")
# Words of taking part. Kazakh has "қатысты" and "атсалысты / ат салысты" (took part; "марафонына 2,3 миллионнан
# астам адам атсалысты"), "атсалысушы" (a participant).
# Supporting an initiative is joining it ("инициативу поддержали 3 млн наших соотечественников", "the initiative was
# supported by 3 million", "бастаманы 3 миллион адам қолдады"); supporting people is helping them.
_JOIN_PATTERN = (r"сплотил|объединил|участ|қатыс|ат\s?салыс|participa|united|involv|took part|take part|joined|"
                 r"(?:инициатив|проект|марафон|акци)\w*\s+поддержал|"
                 r"(?:initiative|project|marathon|campaign)\s+(?:was|has been)\s+supported|"
                 r"supported\s+(?:the|this)\s+(?:initiative|project|marathon|campaign)|"
                 r"(?:бастама|жоба|марафон|акция)\w*\s+(?:\S+\s+){0,4}?қолда")
_JOIN_WORDS = re.compile(_JOIN_PATTERN)


_COMMA = re.compile(r",(?!\d)")


def _aid_recipients(fig: Figure, ctx: dict[str, Any]) -> bool:
    """The comma-delimited part of the sentence holding the figure speaks of help given, not of taking part
    ("…қатысты, атаулы көмек 167 мың адамға көрсетілді", "…took part, and targeted aid reached 167,000 people"):
    it counts who was helped."""
    sentence = ctx["sentence"]
    at = sentence.find(fig.text.lower()) if fig.text else -1
    if at < 0:
        return False
    starts = [m.end() for m in _COMMA.finditer(sentence, 0, at)]
    end = _COMMA.search(sentence, at)
    part = sentence[starts[-1] if starts else 0: end.start() if end else len(sentence)]
    return bool(_HELP_WORDS.search(part)) and not _JOIN_WORDS.search(part)


def _f(*items: str) -> frozenset[str]:
    return frozenset(items)


# Who or what a grant competition awards: its winners, grantees, selected projects and teams.
GRANT_RECIPIENTS = frozenset({"победитель", "грантополучатель", "жеңімпаз", "winner", "grantee", "awardee",
                              "проект", "жоба", "project", "команда", "команд", "team"})
# Verbs of funding ("EF is funding three", "финансирует", "қаржыландырады", "to back 170 projects").
_FUNDING_VERBS = r"fund(?:s|ed|ing)?\b|financ|back(?:s|ed|ing)?\b|support|финансир|поддерж|қаржылан|қолда"


def _projects_funded(fig: Figure, ctx: dict[str, Any]) -> bool:
    """A count of projects right after a verb of funding in its clause ("to back 170 social projects", "на
    поддержку 170 проектов", "170 жобаны қолдауға"): the projects an amount of money in the sentence funds."""
    return bool(re.search(_FUNDING_VERBS, ctx["clause"]))


# An article about a competition of small grants (its flag `small_grants`, loaders/extract/context.py).
SMALL_GRANTS = re.compile(r"мал\w* грант|шағын грант|small[- ]grant|micro-?grant|микрогрант", re.I)
# "SGP" / "ПМГ" is how pages of the GEF Small Grants Programme name it after the first mention (or without one: the
# excerpt may start below it). Capitals only: "sgp" in a URL or a word is no programme.
SMALL_GRANTS_ACRONYM = re.compile(r"\b(?:SGP|ПМГ)\b")


def _topic(ctx: dict[str, Any]) -> str | None:
    """The article's leading topic (loaders/extract/topic.py)."""
    return ctx["article_flags"].get("topic")


# Measures of blood that count donations or transfusions: "units of blood", "доз крови", "қан дозасы".
BLOOD_UNITS = _f("unit", "доза", "порция", "доза крови")


def _blood_unit(fig: Figure, ctx: dict[str, Any]) -> bool:
    """A yearly count of units of blood (not of plasma bags in one centre's fridge)."""
    return bool(re.search(r"blood|кров|қан", fig.np_text + " " + ctx["clause"])) and _annual(fig, ctx)


RULES: list[Rule] = [
    # Marathon of Good Deeds
    Rule("marathon_good_deeds", nouns=_f("дело", "іс", "deed"), near=_re(r"марафон|marathon|добрых дел|"
                                                                         r"игі іс|good deed"), where="sentence"),
    Rule("marathon_participants", units=_f("persons"),
         near=_re(_JOIN_PATTERN), where="segment",
         check=lambda f, c: not _aid_recipients(f, c) and (
             bool(re.search(r"марафон|marathon|игілік|игі іс", c["sentence"]))
             or (_topic(c) == "marathon" and f.noun not in VOLUNTEER))),
    Rule("aid_amount_kzt", units=_f("KZT"), near=_re(r"помощ|көмек|aid|assistance|help|мұқтаж|нуждающ|needy|"
                                                     r"in need|қолдау"), where="clause",
         unless=_re(r"грант|grant")),
    # Emergencies
    # Kazakh says "flooded" as "су басқан" (water-covered): "Су басқан елді мекендерде 43 мыңнан астам волонтер"
    Rule("flood_volunteers", nouns=frozenset(VOLUNTEER), near=_re(r"паводк|наводнен|половод|тасқын|flood|"
                                                                  r"су бас(?:қан|у|ып|ты)(?!\w)|су астында"),
         where="clause"),
    # Kinds of volunteers
    Rule("silver_volunteers", near=_re(r"серебрян|күміс|silver"), units=_f("persons")),
    Rule("volunteers_trained", nouns=frozenset(VOLUNTEER), near=_re(r"обучен|оқудан|оқыт|trained|training")),
    Rule("qazvolunteer_platform_users", units=_f("persons"), near=_re(r"qazvolunteer"), where="clause"),
    # Structures
    Rule("initiative_groups", nouns=_f("группа", "топ", "group"), near=_re(r"инициатив|бастамашыл|initiative")),
    Rule("regional_front_offices", nouns=_f("фронт-офис", "офис", "кеңсе", "фронт-кеңсе", "office",
                                            "front-office"),
         near=_re(r"регион|өңір|областн|облыст|regional"), where="np"),
    Rule("national_front_offices", nouns=_f("фронт-офис", "офис", "кеңсе", "фронт-кеңсе", "office",
                                            "front-office"),
         near=_re(r"национальн|ұлттық|national|республикан"), where="np"),
    Rule("regional_front_offices", nouns=_f("фронт-офис", "офис", "кеңсе", "фронт-кеңсе", "office",
                                            "front-office"),
         near=_re(r"регион|өңір|областн|облыст|regional")),
    # the front offices counted in a region or city ("в области … работают 12 фронт-офисов")
    Rule("regional_front_offices", nouns=_f("фронт-офис", "фронт-кеңсе", "front-office"),
         check=lambda f, c: f.area != "KZ" and not re.search(r"национальн|ұлттық|national", f.np_text)),
    # Blood
    Rule("blood_donations_per_year", units=_f("donations"), check=_annual),
    Rule("transfusions_per_year", units=_f("transfusions"), check=_annual),
    # "около 400 тысяч процедур переливания", "transfusion procedures"
    Rule("transfusions_per_year", nouns=_f("процедура", "procedure", "рәсім", "операция"),
         near=_re(r"transfus(?!iolog)|перелив|трансфуз(?!иолог)|қан құй"), where="segment", check=_annual),
    # "400,000 units of blood transfused annually", "donating over 250,000 units of blood", "доз крови"
    Rule("transfusions_per_year", nouns=BLOOD_UNITS, near=_re(r"transfus|перелив|құй"), where="segment",
         check=_blood_unit),
    Rule("blood_donations_per_year", nouns=BLOOD_UNITS,
         near=_re(r"donat|donor|g[ai]ve|сдач|сдан|сда[юел]|донор|тапсыр|донац"), where="clause", check=_blood_unit),
    Rule("transfusion_recipients_per_year", units=_f("persons"),
         near=_re(r"переливан|трансфуз(?!иолог)|transfus(?!iolog)|қан құй|қан құю|құйыл|компонент\w* крови получ|"
                  r"получ\w* компонент|"
                  r"received blood component"), where="clause",
         check=_annual_not_volunteers),
    Rule("blood_donors_per_year", units=_f("persons"),
         near=_re(r"донор|donor|қан\w*\b[^.;]{0,60}тапсыр|сда\w* кров|кров\w* сда|donat\w* blood|g[ai]ve blood"),
         where="clause",
         check=lambda f, c: _annual_not_volunteers(f, c) or _national_donor_level(f, c)),
    Rule("blood_collected_liters", units=_f("liters"), near=_re(r"кров|blood|қан")),
    # People who offer help are helpers, not people helped: in a flood article they are the flood's volunteers
    # ("Помощь предложили более пяти тысяч человек", "more than 5,000 people offered to help").
    Rule("flood_volunteers", units=_f("persons"), near=OFFERED_HELP, where="clause",
         check=lambda f, c: bool(c["article_flags"].get("flood")) and not NATIONAL_TOTAL.search(c["clause"])),
    # Generic help comes after the specific rules: "transfusions …, helping some 85,000 patients" are recipients.
    Rule("people_helped", units=_f("persons"), near=_re(r"помощ|помог|көмек|help|assist|\baid"),
         check=lambda f, c: not VOLUNTEER_WORDS.search(f.np_text) and not OFFERED_HELP.search(c["clause"])),
    # Environment and animals
    # Kazakh plants with "отырғызу" and with "егу" ("40 түп көшет екті", "жас терек егілді", "ағаш егуді"): the
    # forms of "ек-/ег-" spelled out, since a bare "ек" opens "екі" (two) and "егін" (a crop)
    Rule("trees_planted", units=_f("trees"), near=_re(r"посад|высад|посаж|высаж|отырғыз|plant|"
                                                      r"\b(?:ект[іi]\w*|еккен\w*|егу\w*|егіл\w*|егіп\w*|егед\w*|"
                                                      r"егет\w*)"), where="clause"),
    Rule("waste_collected_tonnes", units=_f("tonnes"), near=_re(r"мусор|отход|қоқыс|қалдық|пластик|plastic|"
                                                                r"waste|garbage|litter|trash"),
         check=lambda f, c: not _per_one_before(f, c)),
    Rule("animals_helped", units=_f("animals"), near=_re(r"помощ|спас|көмек|help|rescu|saved"),
         where="clause"),
    # Volunteering activity
    Rule("small_grants", units=_f("grants"), near=_re(r"мал|шағын|small|micro|мини|микро|mini")),
    # "8 грант иесі анықталды" in an article about a small-grants competition
    Rule("small_grants", units=_f("grants"), check=lambda f, c: bool(c["article_flags"].get("small_grants"))),
    # The winners of a grant competition, or the projects it selects, are the grants it awards: "50 победителей
    # конкурса … получили по 500 тысяч тенге" (an article about small grants), "Гранттық конкурс … отыз үздік
    # волонтерлік жобаны іріктейді", "the competition will select 22 winners who will receive 300,000 tenge each".
    Rule("small_grants", nouns=GRANT_RECIPIENTS, units=_f("persons", "projects", "groups", "organizations"),
         near=_re(r"грант|grant"), where="sentence"),
    Rule("small_grants", nouns=GRANT_RECIPIENTS, units=_f("persons", "projects", "groups", "organizations"),
         near=_re(r"конкурс|байқау|competition|contest|тенге|теңге|tenge|kzt|" + _FUNDING_VERBS), where="sentence",
         check=lambda f, c: bool(c["article_flags"].get("small_grants"))),
    # Projects an amount of money is allocated to back: "allocate KZT 170 mln to back 170 social projects",
    # "выделят 170 млн тенге на поддержку 170 социальных проектов" — the grants it will fund.
    Rule("small_grants", nouns=frozenset({"проект", "жоба", "project"}), units=_f("projects"),
         near=_re(r"тенге|теңге|tenge|kzt|₸"), where="sentence", check=_projects_funded),
    Rule("volunteer_actions", units=_f("events"), unless=_re(r"грант|grant"), check=_volunteer_article),
    Rule("volunteer_projects", units=_f("projects"), check=_volunteer_article,
         unless=_re(r"знач|значим|озвучил")),
    # In an article about floods, volunteers at work are the flood response unless a national total is stated.
    Rule("flood_volunteers", nouns=frozenset(VOLUNTEER),
         check=lambda f, c: bool(c["article_flags"].get("flood")) and not NATIONAL_TOTAL.search(c["clause"])),
    # Totals
    Rule("volunteers_total", nouns=frozenset(VOLUNTEER), check=_nationwide),
    # "160 мың адам волонтерлікпен айналысқан", "занимались волонтерством", "engaged in volunteering", "involved in
    # volunteer activities", "вовлечены в волонтерскую деятельность"
    Rule("volunteers_total", units=_f("persons"),
         near=_re(r"волонтерств|волонтерлік|добровольчеств|volunteering|volunteer work|в волонтерск\w+ движени|"
                  r"volunteer activit|(?:волонтерск|добровольческ)\w+ деятельност|"
                  # "involved in the volunteer movement", "еріктілер қозғалысына тартылған"
                  r"(?:in|into) the volunteer movement|(?:еріктілер|волонтерлік|волонтерлер) қозғалысына"),
         where="clause", check=lambda f, c: not NOT_NATIONWIDE.search(c["clause"]) and not LOCAL_POINTERS.search(
             c["clause"])),
    # "222 volunteer organizations operating in Kazakhstan which include more than 50,000 members": the members of
    # the country's volunteer organizations (a count of them in the clause) are its volunteers
    Rule("volunteers_total", nouns=_f("member", "член", "мүше", "мүшесі"),
         near=_re(r"\d\s+(?:volunteer organi|(?:волонтерск|добровольческ)\w+ организац|волонтерлік ұйым|"
                  r"еріктілер ұйым)"),
         where="clause", check=lambda f, c: not NOT_NATIONWIDE.search(c["clause"]) and not LOCAL_POINTERS.search(
             c["clause"])),
    # "the number of volunteer organizations has increased …, while the number of participants has grown from
    # 50,000 to 200,000": the number of participants, in a sentence about volunteering and of no one event, counts
    # the volunteers
    Rule("volunteers_total", nouns=_f("участник", "қатысушы", "participant"), near=VOLUNTEER_WORDS, where="sentence",
         check=lambda f, c: bool(f.meta.get("count_of")) and _topic(c) == "volunteering"
         and not NOT_NATIONWIDE.search(c["clause"]) and not LOCAL_POINTERS.search(c["clause"])),
    # "белсенділер 300 мыңға жетті": activists are the volunteers of an article about volunteering
    Rule("volunteers_total", nouns=_f("белсенді", "активист", "activist"),
         check=lambda f, c: _topic(c) == "volunteering" and _nationwide(f, c)),
    Rule("volunteer_organizations", units=_f("organizations"), check=_volunteer_article),
]

FLOW_UNITS = {"events", "projects", "grants", "donations", "transfusions", "deeds", "trees", "tonnes",
              "liters", "animals", "requests", "applications", "KZT", "USD", "RUB", "EUR"}


@lru_cache(maxsize=1)
def metric_kinds() -> dict[str, str]:
    return {row["metric_id"]: row["kind"] for row in load_catalog()}


def is_flow(fig: Figure) -> bool:
    """Flows (amounts over a period) inherit a period stated earlier in the paragraph; stocks do not."""
    if fig.metric:
        return metric_kinds().get(fig.metric) == "flow"
    return fig.unit in FLOW_UNITS


_RULES_BY_KEY: dict[tuple[Any, Any], tuple[Rule, ...]] = {}


def _rules_for(noun: Any, unit: Any) -> tuple[Rule, ...]:
    """The rules whose noun and unit filters let a figure of this noun and unit through, in their order: a figure
    tries only the rules that can match it."""
    key = (noun, unit)
    rules = _RULES_BY_KEY.get(key)
    if rules is None:
        rules = _RULES_BY_KEY[key] = tuple(
            r for r in RULES if (r.nouns is None or noun in r.nouns) and (r.units is None or unit in r.units))
    return rules


def classify(fig: Figure, *, segment: str, clause: str, sentence: str, country_scope: bool,
             period_kind: str | None, article_flags: dict[str, Any], referent: str = "") -> str | None:
    """The catalog metric of a figure, or None when the counted thing matches no metric. `referent` is the
    sentence a phrase of the clause points back to ("нуждаются в этой процедуре" after a sentence about
    transfusions): the rules that look for words in the clause or sentence look there too."""
    if fig.unit == "ratio" and fig.noun is None:
        return None
    ctx = {"segment": segment, "clause": clause, "sentence": sentence, "country_scope": country_scope,
           "period_kind": period_kind, "article_flags": article_flags}
    antecedent = fig.meta.get("antecedent")
    haystacks = {"np": fig.np_text, "segment": fig.np_text + " " + segment,
                 "clause": clause + " " + referent if referent else clause,
                 "sentence": sentence + " " + referent if referent else sentence}
    lowered: dict[str, str] = {}
    for rule in _rules_for(fig.noun, fig.unit):
        if rule.near is not None:
            # a cheap necessary test first: the lower-cased haystack holds one of the words every match holds
            words = needed_words(rule.near)
            if words is not None:
                low = lowered.get(rule.where)
                if low is None:
                    low = lowered[rule.where] = haystacks[rule.where].lower()
                if not any(map(low.__contains__, words)):
                    continue
            if not rule.near.search(haystacks[rule.where]):
                continue
        if rule.unless is not None and rule.unless.search(segment):
            continue
        if rule.check is not None and not rule.check(fig, ctx):
            continue
        return rule.metric
    # "…50 тыс. волонтеров, то сегодня их уже 300 тыс.": an elided noun also takes its antecedent's metric.
    if antecedent is not None and not isinstance(antecedent, str) and antecedent.metric:
        return antecedent.metric
    return None

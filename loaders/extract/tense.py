"""Tense: whether a clause tells a plan ("планируется", "жоспарлануда", "is expected"), a past report ("было
передано", "өткізілді", "were handed over"), a deed done once, the future, or a state held along; the clause's
tense decides whether its figure takes the period it names, the publication day, or a plan's year."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from loaders.caseless import Caseless
from loaders.extract.anchors import FUTURE_RE, RU_PERFECTIVE_FUTURE, Anchor
from loaders.text import trie_regex


def ru_perfective_future(low: str) -> bool:
    """Does the lower-cased sentence hold a Russian perfective verb of the future ("направят", "начнётся")?"""
    return RU_PERFECTIVE_FUTURE.search(low) is not None


def tells_the_future(low: str) -> bool:
    """Does the lower-cased sentence speak of what will be ("will be allocated", "for two years ahead", "планируется",
    "будет", "жоспарланған")?"""
    return FUTURE_RE.search(low) is not None or re.search(r"\bahead\b|\bnext\s+year\b", low) is not None


PLANNED_RE = re.compile(r"планир|\bплан\w*|целев|\bцель\b|предполага|ожида|прогноз|намечен|будет|будут|"
                        r"жоспар|көзде|болжа|\bplan(?!t)|target|\bwill\b|expected|\baims?\b|\bgoal|"
                        # a task set by someone ("set an ambitious task to plant two billion trees", "поставил задачу
                        # высадить", "поручил", "міндет қойды", "тапсырма берді"), a pledge or an intention
                        r"\btasks?\b|\btasked\b|\bpledge|\bintends?\b|\bobjective|задач|поручи|міндет(?!ті)|"
                        r"тапсырма", re.I)
PLANNED_RE = Caseless(PLANNED_RE)  # loaders/caseless.py
# A word every match of PLANNED_RE holds (the literal of each of its alternatives), found in the lower-cased text by
# a trie without IGNORECASE, many times faster than PLANNED_RE itself; few sentences hold one. A character that
# matches a letter of these words under IGNORECASE but does not lower-case to it ("İ", "ı", "ſ", Cyrillic "ᲀ") is looked
# for in the text as is: with one, PLANNED_RE is asked anyway.
PLANNED_WORDS = ("план", "целев", "цель", "предполага", "ожида", "прогноз", "намечен", "будет", "будут", "жоспар",
                 "көзде", "болжа", "plan", "target", "will", "expected", "aim", "goal", "task", "pledge", "intend",
                 "objective", "задач", "поручи", "міндет", "тапсырма")
_PLANNED_WORDS_RE = re.compile(trie_regex(PLANNED_WORDS))
PLANNED_ODD_CHARS = "\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85"  # İ ı ſ ᲀ ᲁ ᲂ ᲃ ᲄ ᲅ
_PLANNED_ODD_RE = re.compile("[" + PLANNED_ODD_CHARS + "]")


def has_planned_word(text: str) -> bool:
    """PLANNED_RE.search(text) is not None, by a cheap necessary test first."""
    if _PLANNED_WORDS_RE.search(text.lower()) is None and _PLANNED_ODD_RE.search(text) is None:
        return False
    return PLANNED_RE.search(text) is not None
# A plan told in the past tense ("3 млн теңге бөлу жоспарланған еді", "было запланировано", "planned to award …
# was") is the plan of the time the text spoke of before, not a target from now on: it takes that time's period.
_PAST_PLAN = re.compile(r"(?:жоспарланған|жоспарлаған|көзделген|белгіленген)\s+(?:еді|болатын)|"
                        r"планировал(?:ось|и|а|)\b|был[аио]?\s+запланирован\w*|запланирован\w*\s+был[аио]?\b|"
                        r"предполагалось|намечалось|\b(?:was|were|had\s+been)\s+planned\b|\bhad\s+planned\b",
                        re.I)
_PAST_PLAN = Caseless(_PAST_PLAN)  # loaders/caseless.py


def is_past_plan(clause_text: str) -> bool:
    """Is the plan of the clause one of the past ("жоспарланған еді", "планировалось", "was planned")?"""
    return _PAST_PLAN.search(clause_text) is not None


@lru_cache(maxsize=4096)
def has_planning_word(clause_text: str) -> bool:
    # The figures of one clause ask the same question of the same text: searched once per clause.
    return has_planned_word(clause_text)


def is_planned(clause_text: str, anchor: Anchor | None, published: dt.date | None) -> bool:
    """A target or a forecast: a word of planning in the clause, or a period after publication."""
    return has_planning_word(clause_text) or bool(
        anchor and anchor.period_start and published and anchor.period_start > published)


# Tense of a report: what was done ("сдали", "было собрано", "тапсырды", "were collected") versus what is
# ("работают", "жұмыс істейді", "there are"). Russian: past forms in -л(и|о|а) after a vowel, "был(о|и)" (a
# participle alone, "зарегистрировано", is a state, as is Kazakh "тіркелген"); Kazakh: the clause's last word (the
# verb of an SOV clause) in -ды/-ді/-ты/-ті after a consonant ("тапсырды", "өтті"; "тапсырады", "істейді" are
# present); English: "was/were" or a verb in -ed, and no "is/are/has/have".
_PAST_RU = re.compile(r"(?<![\w-])(?:\w{2,}[аеиоуыяэю](?:ли|ло|ла|лась|лось|лись|лся)|был[аио]?)(?![\w-])", re.I)
_NOT_PAST_RU = frozenset({"около", "было бы", "школа", "дела", "села", "тела", "модели", "роли", "воли",
                          "стола", "главе", "начало", "сено", "одно", "давно", "равно", "окно", "вино", "кино",
                          "решено бы", "значено"})
# Kazakh past of the first person too: "бердік", "жасадық" (we gave, did), "тапсырдым", "айттым" (I gave, said); not
# "-тық / -тік", which ends adjectives as often ("артық", "мемлекеттік", "әлеуметтік"), nor "жылдық" (yearly), nor
# "уақытым" (my time).
# (a participle in -ған/-ген closing the clause is its past predicate, as news write it: "Тағы 55 отбасыға … көмір
# түсіріп берген", "700 балаға сыйлық үлестірген"; not a plan: "жоспарланған", "көзделген")
# (the present-future after a vowel is -йды, written -иды after ы: "оқиды" reads, "тоқиды" knits, not a past)
# (verbs whose stem ends in a vowel or -й take -ды/-ді right after it in the past, "көбейді" (grew), "азайды",
# "төмендеді", "жоғарылады", "жасады", "жинады", where the present puts -а-/-е-/-й- between: "көбейеді", "жинайды";
# a word of this ending may be the present of a consonant stem as well ("алады", "жасалады"), so the past is read
# only of the verbs news report changes and deeds with)
PAST_KK = re.compile(r"(?:(?<![аеәийыіоөұүуэюя])(?:ды|ді|ты|ті)|пты|пті|\bеді|\bболатын|"
                      r"\b(?:көбей|азай|ұлғай|молай|кемі|төменде|жоғарыла|жаса|жина|тазала|қолда|сайла|ойна|арна|"
                      r"бағытта|тағайында)(?:ды|ді)|"
                      r"(?<!жыл)(?:дық|дік)|дым|дім|ттым|ттім|"
                      r"(?<!жоспарлан)(?<!көздел)(?<!белгілен)(?<!жоспарла)(?:ған|ген|қан|кен))$", re.I)
PAST_KK = Caseless(PAST_KK)  # loaders/caseless.py
# the past of English verbs, regular ("collected") and the irregular ones of reports ("became possible", "grew");
# "set / put / cut / read" look the same in the present and are left out, and so is "gave" ("This year 400 people gave
# blood, 12% more than in 2024": a comparison, stated now)
PAST_EN = re.compile(r"\b(?:was|were|had|became|grew|rose|made|took|brought|spent|held|built|bought|sent|got|won|"
                      r"went|came|saw|paid|led|fell|found|began|ran|sold|taught|kept|drew|wrote|did|"
                      # irregular participles of deeds ("544.5 thousand hectares of forest have been sown")
                      r"been|sown|grown|given|done|shown|drawn|taken|written|risen|fallen|chosen|driven|"
                      r"died|fled|fed|bred)\b|"
                      r"\b\w{3,}ed\b(?!\s+(?:volunteers?|donors?|people|persons|citizens|"
                      r"organi[sz]ations?|groups?|participants?|members?))", re.I)
PAST_EN = Caseless(PAST_EN)  # loaders/caseless.py
PRESENT_EN = re.compile(r"\b(?:is|are|has|have|remains?|continues?)\b", re.I)
_THAT_IS_OPENING = re.compile(r"^\W*(?:that\s+is|in\s+other\s+words)\s*,", re.I)
PRESENT_EN = Caseless(PRESENT_EN)  # loaders/caseless.py
# A relative clause that restates a figure as a share or a change ("where 10.6 thousand incidents occurred, which is
# 24.9% of the total", "347 cases occurred, which is 35% more compared to the previous year"): its present tense is
# the restatement's, not the report's.
# (and one that describes a thing counted: "committed in relation to property that is in personal ownership")
_WHICH_IS_RESTATING = re.compile(r",\s*which\s+(?:is|are|represents|accounts\s+for|makes\s+up|amounts\s+to)\s+"
                                 r"(?:(?:about|almost|nearly|over|some|significantly|much|far|slightly|considerably)\s+|"
                                 r"more\s+than\s+)?(?:\d|less\b|more\b|lower\b|higher\b|fewer\b)[^,;]*|"
                                 r"(?<=\w)\s+(?:that|which)\s+(?:is|are)\s+(?:in|under|of|on)\s+[^,;:]*", re.I)
# A ranking told on from the sentence before: "This is followed by Almaty (374 cases, minus 20.4% per year)" reports
# as that sentence does.
_FOLLOWED_BY = re.compile(r"^\W*(?:this|it|they|these)\s+(?:is|are)\s+followed\s+by\b", re.I)
_RECENT_DAY = re.compile(r"вчера|на днях|кеше|yesterday|recently|the other day|недавно|жуырда", re.I)
_RECENT_DAY = Caseless(_RECENT_DAY)  # loaders/caseless.py


# The clause after the figures that says who reported them, to the end of the sentence: "…, деп мәлімдеді бүгін
# брифингте қор директоры", "…,» he said at a press conference today". Its verb tells when it was said, not what
# the figures are.
_KK_REPORTING_CLAUSE = re.compile(r",?\s*[»\"”]?\s*,?\s*деп\s+(?:[^\W\d_]+\s+){0,2}?(?:мәлімде|хабарла|айт|атап|жеткіз|"
                                  r"түсіндір|нақтыла)\w*(?:\s+[^\W\d_.]+(?:\.[^\W\d_]+)*)*\s*\.?\s*$|"
                                  # "… 613 қарақшылық қылмыс ашылды дейді Асқар Шуашұлы.": "says" and the speaker
                                  r"\s+(?:дейді|деді|дейдi)(?:\s+[^\W\d_.]+){0,4}\s*\.?\s*$|"
                                  # "…, — делінген хабарламада." (said in the message): the report's source
                                  r",?\s*[—–-]\s*делінген(?:\s+[^\W\d_.]+){0,3}\s*\.?\s*$", re.I)
_KK_REPORTING_CLAUSE = Caseless(_KK_REPORTING_CLAUSE)  # loaders/caseless.py


# A state that has held all along a span up to now: the present perfect continuous ("Since 2019, training has been
# working in 3 directions"), a Russian verb of working in the present next to the span ("с 2019 года работает по 3
# направлениям"), Kazakh "-п келеді" ("2019 жылдан бері 3 бағытта жұмыс істеп келеді"). Its figure is true over the
# whole span, not only at its end (unlike a level reached: "за пять лет число волонтеров превысило 400 тысяч").
_STATE_HELD_ALONG = re.compile(r"\b(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b|"
                               r"(?<![\w-])(?:работа(?:ет|ют)|действу(?:ет|ют)|функциониру(?:ет|ют)|"
                               r"вед[её]тся|ведутся)(?![\w-])|"
                               r"(?<![\w-])[^\W\d_]+(?:ып|іп|п)\s+кел(?:еді|едi|еміз|ем|еді)(?![\w-])", re.I)


def state_held_along(clause_text: str) -> bool:
    """Does the clause tell of a state that has held all along its span up to now (see above)?"""
    return _STATE_HELD_ALONG.search(clause_text) is not None


# Russian past forms of consonant stems, which _PAST_RU leaves out: "помогли", "смогла", "возросла", "принесли",
# "привезли", "умерли".
_PAST_RU_CONSONANT = re.compile(r"(?<![\w-])\w{3,}(?:гл|кл|зл|осл|есл|рл)(?:и|а|о)(?![\w-])", re.I)


def tells_the_past(clause: str, lang: str) -> bool:
    """Does a clause without a number go on telling what happened ("Восполнить дефицит помогли добровольцы",
    "Volunteers helped to cover the shortage")? A report, or a Russian past of a consonant stem."""
    return is_past_report(clause, lang) or (lang == "ru" and _PAST_RU_CONSONANT.search(clause) is not None)


def tells_a_past_deed_en(clause: str) -> bool:
    """Does an English clause hold a verb in the past or a past participle ("helped", "has planted", "were
    evacuated")?"""
    return PAST_EN.search(clause) is not None


def is_past_report(clause: str, lang: str) -> bool:
    """Does the clause report what was done (a past event), rather than state what is?"""
    if lang == "kk":
        clause = _KK_REPORTING_CLAUSE.sub("", clause)
    if lang == "en":
        clause = _THAT_IS_OPENING.sub("", clause)  # "That is, 34.7% of marriages ended in divorce": a restatement
        clause = _WHICH_IS_RESTATING.sub("", clause)
        if _FOLLOWED_BY.match(clause):
            return True
        return PAST_EN.search(clause) is not None and PRESENT_EN.search(clause) is None
    if lang == "kk":
        words = re.findall(r"[^\W\d_]+", clause)
        return bool(words) and PAST_KK.search(words[-1].lower()) is not None
    return any(m.group(0).lower() not in _NOT_PAST_RU for m in _PAST_RU.finditer(clause)) or \
        any(m.group(0).lower() not in _NOT_PAST_RU_MASCULINE for m in _PAST_RU_MASCULINE.finditer(clause)) or \
        _PAST_RU_WITHOUT_L.search(clause) is not None or any(
            not _FUTURE_BEFORE_A_PARTICIPLE.search(clause, max(0, m.start() - 30), m.start())
            for m in _SHORT_PARTICIPLE_DONE_RU.finditer(clause))


# "будут реализованы", "будет построена", "должны быть сданы": the participle of a deed to come.
_FUTURE_BEFORE_A_PARTICIPLE = re.compile(r"(?<![\w-])(?:буд(?:ет|ут|ем)|быть)(?:\s+[^\W\d_]+)?\s+$", re.I)


# The short passive participles of the deeds reports count, in the masculine, feminine and plural ("составлен 51
# административный протокол", "применены 17 мер", "выявлена 41 единица"): done, as the neuter "собрано" is. A list of
# verbs, not an ending: "-ан / -ены" end many nouns ("план", "цены", "стены").
_SHORT_PARTICIPLE_DONE_RU = re.compile(
    r"(?<![\w-])(?:составлен|применен|взыскан|выявлен|наложен|проведен|провед[её]н|выдан|возбужден|возбужд[её]н|"
    r"привлечен|привлеч[её]н|задержан|зарегистрирован|построен|установлен|выполнен|направлен|выделен|введен|"
    r"вв[её]ден|сдан|получен|передан|оказан|отремонтирован|высажен|посажен|изъят|вручен|вруч[её]н|приобретен|"
    r"приобрет[её]н|заключен|заключ[её]н|реализован|обследован|осмотрен|спасен|спас[её]н|эвакуирован|"
    r"госпитализирован|трудоустроен|обучен|охвачен|собран|освоен|профинансирован|уничтожен|ликвидирован|"
    r"потушен|доставлен|обеспечен|подключен|подключ[её]н|снесен|сн[её]сен)(?:а|ы)?(?![\w-])", re.I)


# The past of consonant stems: the masculine ends without -л ("погиб", "умер", "помог", "вырос", "достиг", "замёрз",
# "привёз", "принёс": "Еще 431 человек погиб"), the other forms put -ли/-ла/-ло right after the consonant, which the
# vowel rule above does not see ("погибли три человека", "умерли", "помогли", "выросли", "достигли", "привезли",
# "спасли", "произошло 247 пожаров", "пришли", "нашли"). Stems that are nouns or other words alone ("мер", measures;
# "рос") need their prefix; "шл" (went) takes its endings only, as "шла" alone is no word of the news.
_PAST_RU_WITHOUT_L = re.compile(r"(?<![\w-])(?:(?:(?:по|вы|за|у|от|на|пере|раз|с)гиб|(?:у|за|по)мер|(?:по|с|за)?мог|"
                                r"(?:вы|под|раз|воз|за|до)?рос|(?:до|по)стиг|(?:за|по|раз)?м[её]рз|"
                                r"(?:при|до|у|вы|за|от|раз|с|пере)?(?:в[её]з|н[её]с))(?:л[иао](?:сь)?)?|"
                                r"(?:у|вы|от)?спасл[иао]|"
                                r"(?:при|у|на|про|произо|во|вы|пере|до|по|подо|за|со|обо|ото|разо)шл[иао](?:сь)?)"
                                r"(?![\w-])", re.I)


# The masculine past of a verb in -ить / -еть ("составил", "превысил", "получил", "увеличился", "сократился"): no
# noun of the news ends so but a few ("отдел", "раздел", "предел").
_PAST_RU_MASCULINE = re.compile(r"(?<![\w-])\w{3,}(?:ил|ел)(?:ся)?(?![\w-])", re.I)
_NOT_PAST_RU_MASCULINE = frozenset({"отдел", "раздел", "предел", "удел", "крокодил", "дебил", "пострел",
                                    "новосел", "беспредел", "передел", "михаил", "даниил", "гавриил"})


# A Russian short passive participle of a completed action: "собрано", "выполнено", "высажено", "проведено".
_DONE_RU = re.compile(r"(?<![\w-])\w{3,}(?:ано|ено|ято|ито|уто|ыто)(?![\w-])", re.I)


def is_done_once(clause: str, lang: str) -> bool:
    """Does the clause tell of something done (a past report, or in Russian a completed participle: "во время акции
    собрано 45 литров") rather than of what happens (every year)?"""
    return is_past_report(clause, lang) or (lang == "ru" and _DONE_RU.search(clause) is not None)


# A Russian clause that opens with a completed participle, the report going on from the sentence before ("В 2025 году
# скрининг прошли 200 021 человек. Впервые выявлено 7 787 заболеваний", "Выявлено 68 случаев"); not a plan or a
# standing state ("Запланировано …", "Зарегистрировано 300 тысяч волонтеров": how many are on a register now).
_OPENING_DONE_RU = re.compile(r"^[\W\d_]*(?:(?:впервые|также|кроме\s+того,?|всего|еще|ещё|дополнительно)\s+)?"
                              r"(?!(?:запланирован|предусмотрен|зарегистрирован|планирован|намечен|предполож|ожида)\w*)"
                              r"\w{3,}(?:ано|ено|ято|ито|уто|ыто)(?![\w-])")


def opens_with_a_deed_done(clause: str, lang: str) -> bool:
    """Does a Russian clause open with a completed participle (see _OPENING_DONE_RU)?"""
    return lang == "ru" and _OPENING_DONE_RU.match(clause) is not None


# "Today" in the clause that reports who said it ("…,» Gibrat Auganov said at a press conference today", "сообщил
# сегодня на брифинге", "бүгін брифингте мәлімдеді") dates the speaking, not the figures; they keep the period the
# report gives them (the sentence or the paragraph before).
_REPORTING_VERB = (r"(?:said|says|told|noted|stated|reported|announced|added|informed|explained|emphasi[sz]ed|"
                   r"сообщил\w*|сказал\w*|отметил\w*|заявил\w*|рассказал\w*|сообщает|сообщили|"
                   r"мәлімде\w*|хабарла\w*|айтты|атап\s+өтті|жеткізді)")
_TODAY_WORDS = r"(?:today|сегодня|бүгін)"
_REPORTING_TODAY = re.compile(
    r"(?<![\w-])" + _REPORTING_VERB + r"(?:\s+[^\W\d_]+){0,5}?\s+(?P<a>" + _TODAY_WORDS + r")(?![\w-])|"
    r"(?<![\w-])(?P<b>" + _TODAY_WORDS + r")(?:\s+[^\W\d_]+){0,3}?\s+" + _REPORTING_VERB + r"(?![\w-])", re.I)
_REPORTING_TODAY = Caseless(_REPORTING_TODAY)  # loaders/caseless.py
_DIGITS_AFTER = re.compile(r"\d")


# The day a report was given, after its verb and who gave it, closing the sentence ("…, reported Kazakh Prosecutor
# General's Office on Jan. 10.", "…, сообщили в прокуратуре 10 января."): the day of the telling, not of the figures.
_REPORTED_ON = re.compile(_REPORTING_VERB + r"(?:\s+[^\W\d_]+[’'`]?[^\W\d_]*){0,6}?\s+(?:on\s+)?$", re.I)


def without_reporting_today(low: str, anchors: list[Anchor]) -> list[Anchor]:
    """The sentence's periods less a "today" of the clause that reports who said it, when no figure follows it
    (a figure after it is told as of today: "said today that 500 volunteers work"), and less the day such a clause
    closes the sentence with ("…, reported the Prosecutor General's Office on Jan. 10.")."""
    anchors = [a for a in anchors if not (
        a.kind == "day" and not _DIGITS_AFTER.search(low, a.end) and
        _REPORTED_ON.search(low, max(0, a.start - 80), a.start) is not None)]
    if not any(a.kind == "as_of" for a in anchors):
        return anchors
    spans = []
    for m in _REPORTING_TODAY.finditer(low):
        at = m.start("a") if m.group("a") else m.start("b")
        if not _DIGITS_AFTER.search(low, m.end()):
            spans.append(at)
    return [a for a in anchors if not (a.kind == "as_of" and a.start in spans)]


def recent_day(clause: str) -> bool:
    """"вчера", "на днях", "кеше", "yesterday": a report of a day close to publication."""
    return _RECENT_DAY.search(clause) is not None

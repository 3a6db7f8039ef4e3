"""Numbers of what did not happen and of manners of speaking: what would follow a Kazakh condition ("…көп
болса, екі адамға қол ұшын созармыз"), a worked example of a rule ("бір отбасында 6 адам болса, сол 6 адамға …"), an
English idiom of many ("Thanks a million", "one in a million"); and the top N to be selected ("ТОП-10 претендентов"),
which is a count of the noun after it, not a name.

Why: a hypothetical or an idiom states no deed, so its numbers are no figures."""

from __future__ import annotations

import re
from itertools import pairwise

from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token

# English idioms of a great many with "a million / a thousand": "thanks a million", "one in a million", "a million
# thanks", "a thousand times" (no amount; "raised a million tenge" stays).
_THANKS = frozenset({"thanks", "thank"})
_IDIOM_AFTER = frozenset({"thanks", "times"})


def _idiom_of_many(tokens: list[Token], m: NumberMatch) -> bool:
    if tokens[m.i0].low != "a" or m.i1 - m.i0 != 2 or tokens[m.i1 - 1].low not in ("million", "thousand"):
        return False
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    before2 = tokens[m.i0 - 2].low if m.i0 > 1 else ""
    after = tokens[m.i1].low if m.i1 < len(tokens) else ""
    return before in _THANKS or (before == "you" and before2 == "thank") or \
        (before == "in" and before2 == "one") or after in _IDIOM_AFTER


# "Trapped within the four walls", "в четырёх стенах", "төрт қабырғаның ішінде": a home, no count of walls.
_WALLS = re.compile(r"^(?:walls|стен|стенах|стены|қабырға\w*)$")


def _four_walls(tokens: list[Token], m: NumberMatch) -> bool:
    return m.value == 4 and m.from_words and m.i1 < len(tokens) and _WALLS.match(tokens[m.i1].low) is not None


# A whole split into parts: "разделен на две части", "split in two", "divided into three parts", "пікірі екіге
# жарылды", "екі бөлікке бөлінді": how a thing (or an opinion) divides, no count of anything.
_PARTS = re.compile(r"^(?:част(?:и|ей|ям)|половин\w*|лагер(?:я|ей)|parts|halves|pieces|camps|бөлік\w*|жікке)$")
_KK_SPLIT = re.compile(r"^(?:жарыл\w*|бөлін\w*|бөл(?:у|ді|еді|іп)\w*)$")


def _split_into_parts(tokens: list[Token], m: NumberMatch) -> bool:
    if not m.from_words or m.value > 10:
        return False
    after = tokens[m.i1].low if m.i1 < len(tokens) else ""
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    listed = m.i1 + 1 < len(tokens) and tokens[m.i1 + 1].text == ":"
    if _PARTS.match(after) and before in ("на", "into", "in") and not listed:
        return True  # "разделен на две части", "divided into three parts" (not "на три части: поисковая, …")
    if before in ("in", "into") and m.i0 > 1 and tokens[m.i0 - 2].low.startswith(("split", "divid", "broke", "cut")) \
            and (m.i1 >= len(tokens) or tokens[m.i1].kind != "word" or after in ("by", "and", "over", "after")):
        return True  # "the village was split in two" (not "divided into three age categories")
    first = tokens[m.i0]
    if first.low.endswith(("ге", "ке", "ға", "қа")) and _KK_SPLIT.match(after):
        return True  # "пікірі екіге жарылды", "үшке бөлінді"
    return _PARTS.match(after) is not None and after.startswith(("бөлік", "жік")) and m.i1 + 1 < len(tokens) and \
        _KK_SPLIT.match(tokens[m.i1 + 1].low) is not None  # "екі бөлікке бөлінді"


# The Russian "не один десяток / не одна сотня / не одну тысячу" (not one ten: many tens) tells a great many, no
# amount: "центр спас не один десяток животных", "помогли не одной сотне семей" ("один десяток волонтеров" stays).
_NOT_ONE = re.compile(r"^(?:один|одна|одну|одно|одного|одной|одному|одним|одном)$")
_COLLECTIVE = re.compile(r"^(?:десят|сот|тысяч|миллион)")


def _ru_not_one_of_many(tokens: list[Token], m: NumberMatch) -> bool:
    i = m.i0
    if _NOT_ONE.match(tokens[i].low):
        if i + 1 >= len(tokens) or not _COLLECTIVE.match(tokens[i + 1].low):
            return False
    elif _COLLECTIVE.match(tokens[i].low) and i > 0 and _NOT_ONE.match(tokens[i - 1].low):
        i -= 1
    else:
        return False
    return i > 0 and tokens[i - 1].low == "не"


_TOP_WORD = frozenset({"топ", "top"})
_SELECTING = re.compile(r"^(?:определ\w*|отбор\w*|отобра\w*|отбира\w*|выбор\w*|выбра\w*|выбира\w*|"
                        r"анықта\w*|іріктел\w*|іріктеу\w*|таңда\w*|select\w*|chos\w*|choos\w*|"
                        r"shortlist\w*|pick\w*|determin\w*|identif\w*)$")


def _top_n_selected(tokens: list[Token], m: NumberMatch) -> bool:
    """"определения ТОП-10 претендентов по 15 номинациям", "to select the top-10 finalists": how many are chosen,
    a count of the noun after it, not a name (scoring.md excludes numbers inside names; a title "Топ-10 волонтерских
    проектов года" stays a name: no word of choosing before it)."""
    if m.i0 < 2 or tokens[m.i0 - 1].text not in ("-", "‐") or tokens[m.i0 - 2].low not in _TOP_WORD:
        return False
    if m.i1 >= len(tokens) or tokens[m.i1].kind != "word":
        return False  # "вошел в ТОП-10.": a rank, no counted noun
    # Russian and English choose before ("определения ТОП-10 …"), Kazakh after ("ТОП-10 үміткерді анықтау")
    near = tokens[max(0, m.i0 - 5):m.i0 - 2] + tokens[m.i1 + 1:m.i1 + 3]
    return any(t.kind == "word" and _SELECTING.match(t.low) for t in near)


# Kazakh conditional verbs closing an "if" clause ("жатса", "болса", "жинасақ", "көмектессек"), and verbs of what
# would follow ("созармыз" we might reach, "берер едік" we would give, "салар едім", "көмектесер едік").
_KK_CONDITIONAL = re.compile(r"(?:са|се|сақ|сек|саңыз|сеңіз|сам|сем)$")
_KK_WOULD = re.compile(r"(?:ар|ер|р)(?:мыз|міз|едік|едім|еді)$")


def _kk_would_if(tokens: list[Token], m: NumberMatch) -> bool:
    """A small number word in what would follow a condition: "Мүмкін қайырымды жандар көп болып жатса, екі адамға
    қол ұшын созармыз" (maybe, if there are more kind people, we will reach out to two people), "…жинасақ, бір
    мұқтаж жанға үй салып берер едік": a wish of the speaker, not a count of what was done. The condition's own
    numbers ("5 мың адам 5 миллион жинасақ") are the plan's and stay; only the clause after "…са," is read."""
    k = m.i0 - 1
    if k < 1 or tokens[k].text != "," or tokens[k - 1].kind != "word" or not _KK_CONDITIONAL.search(tokens[k - 1].low):
        return False
    for t in tokens[m.i1: m.i1 + 6]:
        if t.kind != "word":
            return False  # the clause ends before a verb of what would be
        if _KK_WOULD.search(t.low) or (t.low in ("едік", "едім", "еді") and t is not tokens[m.i1]):
            return True
    return False


# A worked example of a rule: a condition about any one of those the rule is for, or opened by a word of example
# ("Әр отбасының әр мүшесіне 100 мың теңге беріледі. Яғни, бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге",
# "мысалы, егер отбасында 6 адам болса, 600 мың теңге алады", "например, если в семье 6 человек, она получит 600
# тысяч", "for example, if a family has six members, it receives 600,000 tenge"): the numbers of the condition and of
# what follows from it illustrate the rule; they are no figures of the article. A condition that sets two times
# against each other ("если в 2019 году их было 500, то сейчас 1200", "егер былтыр 500 болса, биыл 1000") is a
# report, and so is an example without a condition ("мысалы, жейделер 2 мың теңгеден сатылды"); numbers before the
# condition stay.
_EXAMPLE_WORDS = frozenset({"мысалы", "мысал", "мәселен", "айталық", "например", "к", "скажем", "допустим",
                            "предположим", "example", "instance", "say", "suppose", "mysaly", "máselen"})
_IF_WORDS = frozenset({"егер", "если", "if", "eger"})
# an indefinite "one" of those the rule is for: "бір отбасында", "в одной семье", "if a family", "one household"
_ANY_ONE = frozenset({"бір", "одной", "одна", "один", "одного", "одну", "a", "an", "one"})
_TIME_WORDS = re.compile(r"^(?:(?:19|20)\d\d|сейчас|теперь|ныне|сегодня|today|now|currently|биыл\w*|былтыр\w*|"
                         r"қазір\w*|бүгін\w*|прошл\w+|минувш\w+|last|this|year|years|году|года|жыл|жылы|жылғы|"
                         # a named month dates a fact ("Мысалы, маусым айында 38 жас еңбек етсе, шілдеде тағы 170
                         # сарбазға жолдама берілді": what was, month by month, not how a rule works out)
                         r"қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|"
                         r"қыркүйек\w*|қазан\w*|қараша\w*|желтоқсан\w*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|"
                         r"июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|january|february|march|"
                         r"april|may|june|july|august|september|october|november|december)$")


def _worked_example(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Is the number in a worked example of a rule (see above): after a condition's opening in its sentence whose
    condition names any one of those the rule is for or follows a word of example, with no time in the sentence?"""
    if any((t.kind == "num" and _TIME_WORDS.match(t.text)) or (t.kind == "word" and _TIME_WORDS.match(t.low))
           for t in tokens):
        return False
    # the opening of the condition before the number: "если/егер/if", else (Kazakh) the clause of a "-са/-се" verb
    start = None
    for k in range(m.i0 - 1, -1, -1):
        if tokens[k].kind == "word" and tokens[k].low in _IF_WORDS:
            start = k
            break
    if lang == "kk" and any(t.low == "саны" and any(u.kind == "num" for u in tokens[k + 1:k + 3])
                            for k, t in enumerate(tokens)):
        # "Айталық, Ақкиізтоғай ауылындағы халық саны 1304-ге жетсе, Тұрғызбада 3520 адам тұрады": the "-се" of a
        # number reached sets two facts side by side ("whereas"), no worked example
        return False
    if start is None and lang == "kk":
        verb = next((k for k in range(m.i0 - 1, -1, -1) if tokens[k].kind == "word" and k + 1 < len(tokens)
                     and tokens[k + 1].text == "," and _KK_CONDITIONAL.search(tokens[k].low)), None)
        if verb is None:  # the number inside the condition: its verb comes after it
            verb = next((k for k in range(m.i1, len(tokens)) if tokens[k].kind == "word" and k + 1 < len(tokens)
                         and tokens[k + 1].text == "," and _KK_CONDITIONAL.search(tokens[k].low)), None)
            if verb is None or any(t.text in ",.;" for t in tokens[m.i1:verb]):
                return False
        start = max([k + 1 for k in range(0, min(verb, m.i0)) if tokens[k].text in ",;:"], default=0)
        end = verb
    elif start is None:
        return False
    else:
        end = next((k for k in range(start, len(tokens)) if tokens[k].text in ",;"), len(tokens))
    before = [t.low for t in tokens[max(0, start - 4):start] if t.kind == "word"]
    if any(w in _EXAMPLE_WORDS for w in before) and ("к" not in before or "примеру" in before):
        return True
    condition = [t.low for t in tokens[start:end] if t.kind == "word"]
    if any(w in _EXAMPLE_WORDS - {"к", "say"} for w in condition):
        return True
    if lang == "kk" and not any(w in _IF_WORDS for w in condition):
        # without "егер", a Kazakh "-са/-се" clause as often sets two facts side by side ("Бір грантқа 9 өтінім
        # түссе, екіншісіне 15 өтінім түсті"): only "in any one … there are N" is an example ("бір отбасында 6 адам
        # болса")
        return tokens[end].low == "болса" and any(
            w == "бір" and nxt.endswith(("да", "де", "та", "те")) for w, nxt in pairwise(condition))
    # any one of them: "бір отбасында 6 адам болса", "в одной семье 6 человек", "if a family has six members"
    return any(w in _ANY_ONE for w in condition[:4]) and (lang != "en" or condition[1:2] in (["a"], ["an"], ["one"]))


# A wish or a blessing: a number in a clause that wishes it, not one that reports it. Kazakh closes the clause with a
# verb in the optative ("ұрпақтарың 1000-ға жетсін", "жастарың жүзге келе берсін", "мыңға жетсін!"), Russian opens it
# with "пусть" ("пусть их будет тысяча"), English with "may" before its subject ("may they reach 1,000"). What
# happened stays: "1000-ға жетті" (reached), "it may reach 1,000" (a modal after the subject: a forecast, read as one).
_KK_OPTATIVE = re.compile(r"^(?:жет|бол|бер|кел|көбей|арт|өс|тол|жаса|шық|тұр|қал|жайна|гүлде|жалғас|молай|еселен)"
                          r"(?:сын|сін)(?:дар|дер)?$")
_WISH_OPENERS = frozenset({"пусть", "пускай"})
_EN_MAY_SUBJECTS = frozenset({"you", "your", "they", "their", "we", "our", "he", "his", "she", "her", "it", "its",
                              "the", "all", "this", "these", "god", "allah"})
_CLAUSE_ENDS = frozenset({",", ".", "!", "?", ";", ":", "«", "»", '"', "“", "”", "(", ")", "–", "—"})


def _a_wish(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Whether the number stands in a clause that wishes, blesses or prays for it (see above)."""
    if lang == "kk":
        k = m.i1
        while k < len(tokens) and not (tokens[k].kind == "punct" and tokens[k].text in _CLAUSE_ENDS):
            k += 1
        # the clause's verb, or a wished clause quoted before "деп" ("500-ге жетсін деп тілейміз")
        return any(t.kind == "word" and _KK_OPTATIVE.match(t.low) for t in tokens[m.i1: k])
    k = m.i0
    while k > 0 and not (tokens[k - 1].kind == "punct" and tokens[k - 1].text in _CLAUSE_ENDS):
        k -= 1
    if lang == "ru":
        return any(t.low in _WISH_OPENERS for t in tokens[k: m.i0])
    return (m.i0 - k >= 2 and tokens[k].low == "may" and tokens[k + 1].low in _EN_MAY_SUBJECTS)


# The aims a campaign or project is said to serve, counted in the present ("Бұл науқан үш мәселені шешеді", "проект
# решает три задачи", "the campaign solves three problems"): a manner of describing it, no deed. A count of problems
# solved in the past ("волонтеры решили 15 проблем жителей") is a deed and stays.
_AIMS_NOUN = re.compile(r"^(?:мәселе\w*|міндет\w*|проблем\w*|задач\w*|problems?|issues?|tasks?|challenges?)$")
_SOLVES_NOW = re.compile(r"^(?:шешеді|шешпек|шешуге|шешуді|решает|решают|решить|призван\w*|solves?|addresses|"
                         r"tackles?)$")
_AIMS_REACH = 3  # tokens either side of the noun where the verb stands


def _aims_it_serves(tokens: list[Token], m: NumberMatch) -> bool:
    if m.scaled or not 2 <= m.value <= 10 or m.i1 >= len(tokens) or not _AIMS_NOUN.match(tokens[m.i1].low):
        return False
    around = tokens[max(0, m.i0 - _AIMS_REACH):m.i0] + tokens[m.i1 + 1:m.i1 + 1 + _AIMS_REACH]
    return any(t.kind == "word" and _SOLVES_NOW.match(t.low) for t in around)

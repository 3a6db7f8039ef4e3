"""Round 26 (ru, kk): classes behind set 26's misses and false figures on Russian and Kazakh pages, each fixed by a
rule of the language (or of the page) and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.extract import extract_article
from loaders.extract.dating import implied_year
from loaders.text import content_lines, sentences

ROUND_1_26_RUKK: dict[str, list[tuple[str, list[str], str]]] = {}

# A site's call for readers' tips above the title ("Звоните, если вы стали очевидцем происшествия, ваши права
# нарушены…", "Оқиғаның куәсі болсаңыз, хабарласыңыз", "If you have witnessed an incident, call us"), said to the
# reader in the second person: chrome. Taken for the title, it pushed the real headline out as a second headline
# not about the topic. Negatives: prose about witnesses ("очевидцы рассказали", "стали очевидцами") is text.
CALL_FOR_TIPS = [
    ("Звоните, если вы стали очевидцем происшествия, ваши права нарушены, или хотите поднять проблему\n\n"
     "Почти 80 тонн брошенных сетей и пластика собрали на водоемах ВКО\n\n"
     "Экологическое движение объединило 354 человека, которые убирали прибрежные полосы водоемов.",
     [f"80 almost tonnes * {NOW} *", f"354 exact persons * {NOW} *"], "ru"),
    ("Если вы стали очевидцем ДТП или происшествия – пишите нам в WhatsApp\n\n"
     "Около 50 тонн пластика собрали на берегу Иртыша\n\n"
     "В акции приняли участие 120 человек из разных организаций города.",
     [f"50 approx tonnes * {NOW} *", f"120 exact persons * {NOW} *"], "ru"),
    ("Оқиғаның куәсі болсаңыз, бізге хабарласыңыз\n\n"
     "Жайық жағалауынан 30 тоннаға жуық пластик жиналды\n\n"
     "Сенбілікке қала тұрғындары мен еріктілер, барлығы 200 адам қатысты.",
     [f"30 approx tonnes * {NOW} *", f"200 exact persons * {NOW} *"], "kk"),
    ("If you have witnessed an incident, call us or write to our editors\n\n"
     "Nearly 80 tonnes of plastic collected from East Kazakhstan lakes\n\n"
     "The eco campaign brought together 354 people who cleaned the shores of the lakes.",
     [f"80 almost tonnes * {NOW} *", f"354 exact persons * {NOW} *"], "en"),
    # negatives: witnesses in the article's own prose
    ("Очевидцы рассказали, что на уборку берега вышли 150 волонтеров.", [f"150 exact persons * {NOW} *"], "ru"),
    ("Жители стали очевидцами того, как 300 волонтеров за день очистили берег.",
     [f"300 exact persons * {NOW} *"], "ru"),
]
ROUND_1_26_RUKK["CALL_FOR_TIPS"] = CALL_FOR_TIPS

# A headline the lead restates with its words in another order ("35 мың мұқтаж отбасыға азық-түлік себеті
# таратылады" over "Мұқтаж отбасыларға 35 мың азық-түлік себеті таратылады"): the two orders attach the number to
# different nouns, but the words are one statement, so one figure, as the body reads it. Negatives: a headline
# whose words the lead does not all repeat, and a different value, stay figures of their own.
HEADLINE_REORDERED_IN_LEAD = [
    ("35 мың мұқтаж отбасыға азық-түлік себеті таратылады\n\n"
     "Мұқтаж отбасыларға 35 мың азық-түлік себеті таратылады. Бүгін 3500 себет үлестірілді.",
     [f"35000 exact * * {NOW} *", f"3500 exact * * {NOW} *"], "kk"),
    ("35 мың мұқтаж отбасыға азық-түлік себеті таратылады - «Qazaqstan» Ұлттық телеарнасы\n\n"
     "35 мың мұқтаж отбасыға азық-түлік себеті таратылады\n\n"
     "Мұқтаж отбасыларға 35 мың азық-түлік себеті таратылады. Бүгін 3500 себет үлестірілді.",
     [f"35000 exact * * {NOW} *", f"3500 exact * * {NOW} *"], "kk"),
    ("35 myń muqtaj otbasyǵa azyq-túlik sebeti taratylady\n\n"
     "Muqtaj otbasylarǵa 35 myń azyq-túlik sebeti taratylady. Búgin 3500 sebet úlestirildi.",
     [f"35000 exact * * {NOW} *", f"3500 exact * * {NOW} *"], "kk"),
    ("20 мың көпбалалы отбасыға қайырымдылық себеті беріледі\n\n"
     "Көпбалалы отбасыларға 20 мың қайырымдылық себеті беріледі деп хабарлады қор.",
     [f"20000 exact * * {NOW} *"], "kk"),
    # negatives: the lead says more than the headline's words, or another value
    ("35 мың отбасыға азық-түлік себеті таратылады\n\n"
     "Қор 35 мың ерікті арқылы мешіттерде ет пен ұн үлестірді.",
     [f"35000 exact * * {NOW} *", f"35000 exact * * {NOW} *"], "kk"),
    ("35 мың мұқтаж отбасыға азық-түлік себеті таратылады\n\n"
     "Мұқтаж отбасыларға 30 мың азық-түлік себеті таратылады.",
     [f"35000 exact * * {NOW} *", f"30000 exact * * {NOW} *"], "kk"),
]
ROUND_1_26_RUKK["HEADLINE_REORDERED_IN_LEAD"] = HEADLINE_REORDERED_IN_LEAD
# The site's own name on a line of its own above the headline ("Сәдуақас қажы Ғылмани мешітінің ресми сайты",
# "Официальный сайт акимата города Астаны", "Official website of the Akimat of Almaty"): chrome. Taken for the title,
# it pushed the real headline ("Елорда мешіттері төрт жарым мың отбасыға ет таратты") out as a second headline not
# about the topic. Negatives: a sentence that cites the site ("на официальном сайте акимата сообщили…", "ресми
# сайтында жарияланды") is text.
SITE_NAME_LINE = [
    ("Сәдуақас қажы Ғылмани мешітінің ресми сайты\n\n"
     "Елорда мешіттері төрт жарым мың отбасыға ет таратты\n\n"
     "Айт күндері қаладағы 4420 отбасыға ет таратылып, көмек көрсетілді.",
     [f"4500 exact families * {NOW} *", f"4420 exact families * {NOW} *"], "kk"),
    ("Официальный сайт акимата города Астаны\n\n"
     "Мечети столицы раздали мясо трем тысячам семей\n\n"
     "В дни Курбан айта 2900 семьям раздали мясо жертвенных животных.",
     [f"3000 exact families * {NOW} *", f"2900 exact families * {NOW} *"], "ru"),
    ("Official website of the Akimat of Almaty\n\n"
     "Mosques of the capital gave meat to 3,000 families\n\n"
     "During Kurban Ait, 2,900 families received meat of the sacrificed animals.",
     [f"3000 exact families * {NOW} *", f"2900 exact families * {NOW} *"], "en"),
    # negatives: a sentence citing the site
    ("На официальном сайте акимата сообщили, что 300 волонтеров убрали парк.", [f"300 exact persons * {NOW} *"], "ru"),
    ("Облыс әкімдігінің ресми сайтында 300 еріктінің саябақты тазалағаны жарияланды.",
     [f"300 exact persons * {NOW} *"], "kk"),
]
ROUND_1_26_RUKK["SITE_NAME_LINE"] = SITE_NAME_LINE
# A range of multiples after a count that grew ("Еріктілер саны 2-3 есе өсті", "Число доноров выросло в 2-3 раза",
# "The number of volunteers grew 2-3 times"): the bare low end borrowed the counted noun and stood as "2 volunteers";
# it is the low end of the multiple (at_least), as without the count ("Шығын 2-3 есе асып түседі"). Negatives: a range
# of a count ("на 2-3 тысячи") stays a count; "2 and 3 times" are two multiples.
MULTIPLE_RANGE_AFTER_A_COUNT = [
    ("Еріктілер саны 2-3 есе өсті.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "kk"),
    ("Eriktiler sany 2-3 ese ósti.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "kk"),
    ("Число доноров выросло в 2-3 раза.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "ru"),
    ("Количество волонтеров увеличилось в 2–3 раза.",
     [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "ru"),
    ("The number of volunteers grew 2-3 times.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"],
     "en"),
    ("Шығын Арыс апатынан 2-3 есе асып түседі", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "kk"),
    # negatives: a range of a count
    ("Число доноров выросло на 2-3 тысячи.", [f"2000 at_least persons * {NOW} *", f"3000 at_most persons * {NOW} *"],
     "ru"),
]
ROUND_1_26_RUKK["MULTIPLE_RANGE_AFTER_A_COUNT"] = MULTIPLE_RANGE_AFTER_A_COUNT

# A count of "people" that a copula says are a group ("100 людей это волонтеры, которые будут помогать там
# обслуживать людей", "100 человек — это студенты-волонтеры", "50 человек являются донорами", "100 адам —
# еріктілер", "100 people are volunteers"): the group is what they count, not the people they will help. On a page
# under the headline "100 волонтеров из СКО примут участие в выставке" the body's count is the headline's again.
# Negatives: a predicate that is no group ("это рекорд", "это много") leaves the people as they are.
GROUP_AFTER_COPULA = [
    ("100 волонтеров из СКО примут участие в выставке «ЭКСПО-2017»\n\n"
     "Координатор волонтеров рассказала о наборе.\n\n"
     "100 людей это волонтеры, которые будут помогать там обслуживать людей.",
     ["100 exact persons * * *"], "ru"),
]
ROUND_1_26_RUKK["GROUP_AFTER_COPULA"] = GROUP_AFTER_COPULA

GROUP_AFTER_COPULA_NOUNS = [
    ("100 людей это волонтеры, которые будут помогать там обслуживать людей.", "волонтер", "ru"),
    ("100 человек — это студенты-волонтеры.", "студент-волонтер", "ru"),
    ("Из них 50 человек являются донорами.", "донор", "ru"),
    ("100 адам — еріктілер.", "ерікті", "kk"),
    ("100 people are volunteers from the university.", "volunteer", "en"),
    # negatives: no group after the copula
    ("100 человек — это рекорд для города.", "человек", "ru"),
    ("Собрали 100 человек - это много.", "человек", "ru"),
    ("100 people were evacuated from the village.", "people", "en"),
]


@pytest.mark.parametrize("text,noun,lang", GROUP_AFTER_COPULA_NOUNS)
def test_group_after_copula_noun(text, noun, lang):
    figures = extract_article(text, dt.date(2025, 6, 15), lang)
    assert [f.noun for f in figures] == [noun], text


# An undated page whose only dates are those of a near plan: a season or a month with its year ("дети поступают в
# первые классы школ осенью 2023 года", "завершить процесс планируется в сентябре 2023 года", "2023 жылдың күзінде",
# "in September 2023"). A plan named by its season or month is weeks ahead: the page is of that year. Negatives: a
# bare target year ("к 2030 году", "2030 жылға дейін") may be years ahead and dates nothing; a past year stated
# beside a plan still wins.
NEAR_PLAN_YEAR = [
    ("Цель проекта – помочь семьям, в которых дети поступают в первые классы осенью 2023 года. "
     "Всего планируется охватить помощью около 15 тысяч первоклассников.", 2023),
    ("Волонтеры собрали 500 школьных комплектов. Полностью завершить процесс планируется в сентябре 2024 года.",
     2024),
    ("Еріктілер 500 мектеп жиынтығын жинады. Жобаны 2024 жылдың қыркүйегінде аяқтау жоспарлануда.", 2024),
    ("Volunteers collected 500 school kits. The project is planned to be completed in September 2022.", 2022),
    # negatives: a bare target year, and a past year beside a plan
    ("До 2030 года планируется высадить 2 миллиарда деревьев. Волонтеры посадили 500 саженцев.", None),
    ("2030 жылға дейін 2 миллиард ағаш отырғызу жоспарлануда. Еріктілер 500 көшет отырғызды.", None),
    ("В 2021 году волонтеры посадили 500 деревьев. Следующую акцию планируется провести в сентябре 2023 года.",
     2021),
]


@pytest.mark.parametrize("text,year", NEAR_PLAN_YEAR)
def test_near_plan_year(text, year):
    assert implied_year(sentences(content_lines(text)[0])) == year


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_26_RUKK.values() for row in table])
def test_round26_rukk(text, expected, lang):
    _check_read(text, expected, lang)

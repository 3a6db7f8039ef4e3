"""Round 12, Russian and Kazakh: classes of the twelfth set's misses and false figures, each fixed by a rule of the
language or of the page and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_12_RUKK: dict[str, list[tuple[str, list[str], str]]] = {}

# The number of an item of a numbered list glued to the item's first word by the copy ("1.Информационная работа:",
# "2)Адресная помощь", "1.Ақпараттық жұмыс"): a label like "1. Информационная …". Negatives: a decimal or a
# thousands group after the dot ("3.500 волонтеров") and a count after the label stay figures.
GLUED_LIST_LABEL = [
    ("Штаб работает по трем направлениям:\n1.Информационная работа: информирование граждан;\n"
     "2.Адресная помощь: волонтеры помогли 17 гражданам.",
     [f"3 exact * * {NOW} *", f"17 exact persons * {NOW} *"], "ru"),
    ("Итоги года.\n1)Адресная помощь оказана семьям.", [], "ru"),
    ("Штаб үш бағытта жұмыс істейді:\n1.Ақпараттық жұмыс: тұрғындарды хабардар ету;\n"
     "2.Атаулы көмек: еріктілер 17 азаматқа көмектесті.", [f"3 exact * * {NOW} *", f"17 exact persons * {NOW} *"],
     "kk"),
    ("Shtab úsh baǵytta jumys isteıdi:\n1.Aqparattyq jumys: turǵyndardy habardar etý;\n"
     "2.Ataýly kómek: eriktiler 17 azamatqa kómektesti.", [f"3 exact * * {NOW} *", f"17 exact persons * {NOW} *"],
     "kk"),
    # negatives
    ("Итоги.\n1)«Добрые дела»: 300 волонтеров вышли на улицы.", [f"300 exact persons * {NOW} *"], "ru"),
    ("Итоги.\n3.500 волонтеров вышли на субботник.", [f"3500 exact persons * {NOW} *"], "ru"),
]
ROUND_1_12_RUKK["GLUED_LIST_LABEL"] = GLUED_LIST_LABEL

# The page's views and comments printed after the date of publication at the end of the text ("Новости и События
# 16 июль 2020 г. 495 0", "16 шілде 2020 ж. 120 3", "July 16, 2020 495 0"): counters, not figures. Negative: a
# count names what it counts after the date ("16 июля 2020 г. 495 волонтеров …").
COUNTERS_AFTER_A_DATE = [
    ("Добровольцы построили пять домов.\n\nНовости / Новости и События 16 июль 2020 г. 495 0",
     [f"5 exact * * {NOW} *"], "ru"),
    ("Добровольцы построили пять домов.\n\n16 июля 2020 г. 495", [f"5 exact * * {NOW} *"], "ru"),
    ("Еріктілер бес үй салды.\n\nЖаңалықтар 16 шілде 2020 ж. 120 3", [f"5 exact * * {NOW} *"], "kk"),
    ("Eriktiler bes úı saldy.\n\nJańalyqtar 16 shilde 2020 j. 120 3", [f"5 exact * * {NOW} *"], "kk"),
    # negative: a count after the date
    ("16 июля 2020 г. 495 волонтеров вышли на субботник.", ["495 exact persons * 2020-07-16..2020-07-16 *"], "ru"),
]
ROUND_1_12_RUKK["COUNTERS_AFTER_A_DATE"] = COUNTERS_AFTER_A_DATE

# A weather widget's readings on the page ("давление: 758 мм.рт.ст.", "Влажность: 80%", "Ветер: 5 м/с", "Қысым:
# 758 мм", "Pressure: 758 mmHg"): chrome, not figures. Negative: prose that names the weather without a label's
# colon keeps its counts.
WEATHER_READINGS = [
    ("Погода в Павлодаре\n-5°С\nв Павлодаре Облачность\nдавление: 758 мм.рт.ст.\nВолонтеры собрали 18 тонн груза.",
     [f"18 exact tonnes * {NOW} *"], "ru"),
    ("Давление: 745 мм рт. ст. Влажность: 80%. Ветер: 5 м/с.\n\nВолонтеры собрали 18 тонн груза.",
     [f"18 exact tonnes * {NOW} *"], "ru"),
    ("Қысым: 758 мм с.б. Ылғалдылық: 80%. Жел: 5 м/с.\n\nЕріктілер 18 тонна жүк жинады.",
     [f"18 exact tonnes * {NOW} *"], "kk"),
    ("Qysym: 758 mm s.b.\n\nEriktiler 18 tonna júk jınady.", [f"18 exact tonnes * {NOW} *"], "kk"),
    ("Pressure: 758 mmHg. Humidity: 80%. Wind: 5 m/s.\n\nVolunteers collected 18 tonnes of cargo.",
     [f"18 exact tonnes * {NOW} *"], "en"),
    # negative: a storm told in prose
    ("Сильный ветер сорвал крыши 40 домов, волонтеры помогли их починить.", [f"40 exact * * {NOW} *"], "ru"),
]
ROUND_1_12_RUKK["WEATHER_READINGS"] = WEATHER_READINGS

# A speaker's words on the last line of the copy, cut mid-word after the line naming the speaker with a colon
# ("Алмас Байгунысов, заместитель акима района:" / "- Мы провели около 40 мер"): a sentence of the body even when
# short, not a title; its count stays. Negatives: a cut scale word still drops the number ("около 15 ты"), and
# a page with no body before the speaker's line is not read.
_BODY = "Волонтеры района провели в этом году большую работу по уборке берегов и посадке деревьев.\n\n"
_KK_BODY = "Аудан еріктілері биыл жағалауларды тазалау мен ағаш отырғызу бойынша үлкен жұмыс атқарды деп хабарлады.\n\n"
CUT_SPEECH_LINE = [
    (_BODY + "Алмас Байгунысов, заместитель акима Сарканского района:\n- Мы провели около 40 мер",
     [f"40 approx * * {NOW} *"], "ru"),
    (_BODY + "Алмас Байгунысов, заместитель акима района:\n— За год волонтеры провели 40 акц",
     [f"40 exact * * {NOW} *"], "ru"),
    (_KK_BODY + "Алмас Байғұнысов, аудан әкімінің орынбасары:\n- Биыл 40-қа жуық іс-шара өткіз",
     ["40 approx events * * *"], "kk"),
    ("Aýdan eriktileri bıyl jaǵalaýlardy tazalaý men aǵash otyrǵyzý boıynsha úlken jumys atqardy dep habarlady.\n\n"
     "Almas Baıǵunysov, aýdan ákiminiń orynbasary:\n- Bıyl 40-qa jýyq is-shara ótkiz", ["40 approx events * * *"],
     "kk"),
    # negatives
    (_BODY + "Алмас Байгунысов, заместитель акима района:\n- Мы провели около 15 ты", [], "ru"),
    ("Алмас Байгунысов, заместитель акима района:\n- Мы провели около 40 мер", [], "ru"),
]
ROUND_1_12_RUKK["CUT_SPEECH_LINE"] = CUT_SPEECH_LINE

# Half of an amount in the genitive, with "exactly" between ("10 млн теңгенің тең жартысы жиналған", "қаржының дәл
# жартысы", Latin "teńgeniń teń jartysy"; ru "ровно половина из 10 млн"): a share in words, 50 approx percent
# (scoring.md), beside the amount. A bound after the half bounds the half, not the amount ("2 млн теңгенің
# жартысынан астамы": 2 mln exact, 50 at_least). Negatives: half of a time ("жылдың тең жартысы"), a split in two
# without a whole ("тең жартысына бөлді").
HALF_OF_AN_AMOUNT = [
    ("Ұйымдастырушылардың айтуынша, қазір қажетті 10 млн теңгенің тең жартысы жиналған.",
     ["1e+07 exact KZT * * *", "50 approx percent * * *"], "kk"),
    ("Uıymdastyrýshylardyń aıtýynsha, qazir qajetti 10 mln teńgeniń teń jartysy jınalǵan.",
     ["1e+07 exact KZT * * *", "50 approx percent * * *"], "kk"),
    ("Қазір қажетті 10 млн теңгенің жартысы жиналған.", ["1e+07 exact KZT * * *", "50 approx percent * * *"], "kk"),
    ("Қаржының дәл жартысы еріктілерге бөлінді.", ["50 approx percent * * *"], "kk"),
    ("Жиналған 2 млн теңгенің жартысынан астамы балаларға берілді.",
     ["2e+06 exact KZT * * *", "50 at_least percent * * *"], "kk"),
    ("Jınalǵan 2 mln teńgeniń jartysynan astamy balalarǵa berildi.",
     ["2e+06 exact KZT * * *", "50 at_least percent * * *"], "kk"),
    ("Сейчас собрана ровно половина из необходимых 10 млн тенге.",
     ["50 approx percent * * *", "1e+07 exact KZT * * *"], "ru"),
    ("Уже собрано около половины из 10 млн тенге.", ["50 approx percent * * *", "1e+07 exact KZT * * *"], "ru"),
    # negatives
    ("Жылдың тең жартысы өтті, еріктілер 300 ағаш отырғызды.", ["300 exact trees * * *"], "kk"),
    ("Jyldyń jartysy ótti.", [], "kk"),
    ("Алманы тең жартысына бөлді.", [], "kk"),
]
ROUND_1_12_RUKK["HALF_OF_AN_AMOUNT"] = HALF_OF_AN_AMOUNT

# Kazakh collective numerals, "N of them" (екеуі, үшеуі, төртеуі, бесеуі and their cases; Latin ekeýi): counts, "3
# заңсыз орын жойылды, екеуі бойынша жұмыс жүріп жатыр" (work goes on on two of them); the Russian "двое", "трое
# из них" likewise. Negatives: "екеуі де", "үшеуі де", "все трое" take in all of a group counted before (both, all
# three): a repeat, no figure; "екеуміз" (we two) is the speakers.
KK_COLLECTIVE_NUMERALS = [
    ("Aýdan aýmaǵynda 3 zańsyz oryn joıyldy, ekeýi boıynsha jumys júrip jatyr.",
     [f"3 exact * * {NOW} *", f"2 exact * * {NOW} *"], "kk"),
    ("Аудан аумағында 3 заңсыз орын жойылды, екеуі бойынша жұмыс жүріп жатыр.",
     [f"3 exact * * {NOW} *", f"2 exact * * {NOW} *"], "kk"),
    ("5 ерікті марапатталды, олардың екеуі студент.", [f"5 exact persons * {NOW} *", f"2 exact persons * {NOW} *"],
     "kk"),
    ("Жеңімпаздардың бесеуіне грант берілді.", [f"5 exact * * {NOW} *"], "kk"),
    ("Акцияға олардың үшеуі қатысты.", [f"3 exact * * {NOW} *"], "kk"),
    ("Пятеро волонтеров получили награды, трое из них студенты.",
     [f"5 exact persons * {NOW} *", f"3 exact persons * {NOW} *"], "ru"),
    ("Двое волонтеров доставили продукты 30 семьям.", [f"2 exact persons * {NOW} *", f"30 exact families * {NOW} *"],
     "ru"),
    # negatives
    ("Акцияға екі ерікті келді, екеуі де студент.", [f"2 exact persons * {NOW} *"], "kk"),
    ("Eki eriktі keldi, ekeýi de stýdent.", [f"2 exact persons * {NOW} *"], "kk"),
    ("Еріктілер марапатталды, үшеуі де студент.", [], "kk"),
    ("Біз екеуміз еріктілерге көмектестік.", [], "kk"),
    ("В акции участвовали трое волонтеров, все трое студенты.", [f"3 exact persons * {NOW} *"], "ru"),
]
ROUND_1_12_RUKK["KK_COLLECTIVE_NUMERALS"] = KK_COLLECTIVE_NUMERALS

# A small number word in what would follow a Kazakh condition ("…көп болып жатса, екі адамға қол ұшын созармыз",
# "…жинасақ, бір мұқтаж жанға үй салып берер едік", "Демеушілер табылса, үш отбасына үй салып берер едік"): the
# speaker's wish, not a count (the gold of kk_v10 keeps the plan's numbers in the condition, 5 мың адам, 5 миллион,
# and leaves out those of the consequence). Negatives: a plain future after a condition ("көмектесеміз"), a past
# deed, a scaled number ("екі мың ағаш"), the condition's own numbers.
KK_WOULD_IF = [
    ("Múmkin qaıyrymdy jandar odan kóp bolyp jatsa, eki adamǵa qolushyn sozarmyz.", [], "kk"),
    ("Мүмкін қайырымды жандар одан көп болып жатса, екі адамға қол ұшын созармыз.", [], "kk"),
    ("Демеушілер табылса, үш отбасына үй салып берер едік.", [], "kk"),
    ("Қаражат жиналса, бес балаға көмектесер едік.", [], "kk"),
    # negatives
    ("Еріктілер келсе, екі отбасына көмектесеміз.", [f"2 exact families * {NOW} *"], "kk"),
    ("Былтыр еріктілер көп болды, екі адамға көмектестік.", ["2 exact persons * * *"], "kk"),
    ("Күн жылы болса, екі мың ағаш отырғызамыз.", [f"2000 exact trees * {NOW} *"], "kk"),
    ("Ай сайын 5 мың адам 5 миллион теңге жинасақ, үй салып берер едік.",
     [f"5000 exact persons * {NOW} *", f"5e+06 exact * * {NOW} *"], "kk"),
]
ROUND_1_12_RUKK["KK_WOULD_IF"] = KK_WOULD_IF


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_12_RUKK.values() for row in table])
def test_round12_rukk(text, expected, lang):
    _check_read(text, expected, lang)

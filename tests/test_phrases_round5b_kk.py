"""Round 5b, Kazakh: classes of phrasing behind the misses and false figures of the sixth set of real pages
(kk_p01..p08) and of earlier Kazakh probes, each fixed as a rule of the language and checked here with variants
(cases, word orders, with and without qualifiers, Cyrillic and the Latin alphabets of 2017, 2018 and 2021 and as
people type it), Russian and English variants where the class exists there too, and negatives.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area", "*" for
any; publication date 2025-06-15 unless a table says the page has none.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, Y2024, YTD, _check_read, matches

Y2021 = "2021-01-01..2021-12-31"
Y2020 = "2020-01-01..2020-12-31"


def read_undated(text: str, lang: str | None = None) -> list[str]:
    """Figures of a page without a publication date (no sidecar date, none in the text's top or URL)."""
    from loaders.build import process_article

    out = []
    for f in process_article("a.txt", text, "0" * 64, {"lang": lang} if lang else {})["figures"]:
        if f["duplicate_of"] is None:
            out.append(f"{f['value']:g} {f['qualifier']} {f['unit']} {f['metric']} {f['period_start']}.."
                       f"{f['period_end']} {f['area']}")
    return out


def _check_undated(text: str, want: list[str], lang: str | None) -> None:
    got = read_undated(text, lang)
    assert len(got) == len(want), f"{text}\n got {got}\nwant {want}"
    for g, w in zip(got, want, strict=True):
        assert matches(g, w), f"{text}\n got {g}\nwant {w}"


# A page without a date that runs its campaign in the frame of an anniversary names its year: "Биыл …
# Тәуелсіздіктің 30 жылдығы аясында" = 1991 + 30 = 2021, "Жеңістің 75 жылдығы" = 1945 + 75; "today" of such a page
# ("Бұл жоба бүгінде …") is that year, not its last day. Names of parks and streets after an anniversary
# ("Тәуелсіздіктің 25 жылдығы атындағы саябақ", "парк имени 25-летия Независимости") are no year of the text.
ANNIVERSARY_YEARS = [
    ("Биыл Тәуелсіздіктің 30 жылдығы аясында «Қайырымды істер марафоны» өткізілуде. Бұл жоба бүгінде қалада да "
     "жалғасын тапты. Марафон 1000 отбасыны қамтыды. Оның ішінде әкімдіктер 300 отбасыға азық-түлік таратса, қалған "
     "700 отбасыға жалпы көлемі 7,5 млн теңге қаржыны құрайтын себеттер үлестірілді.",
     [f"1000 exact families * {Y2021} *", f"300 exact families * {Y2021} *", f"700 exact families * {Y2021} *",
      f"7.5e+06 exact KZT * {Y2021} *"], "kk"),
    ("Тәуелсіздігінің отыз жылдығына орай еріктілер 500 отбасына көмек көрсетті.",
     [f"500 exact families * {Y2021} *"], "kk"),
    ("Biyl Táýelsizdiktiń 30 jyldyǵy aıasynda eriktiler 500 otbasyna kómek kórsetti.",
     [f"500 exact families * {Y2021} *"], "kk"),
    ("Bıyl Täuelsızdıktıñ 30 jyldyğy aiasynda erıktıler 500 otbasyna kömek körsettı.",
     [f"500 exact families * {Y2021} *"], "kk"),
    ("Жеңістің 75 жылдығына орай волонтерлер 200 ардагерге көмектесті.", [f"200 exact * * {Y2020} *"], "kk"),
    ("В рамках 30-летия Независимости волонтеры помогли 500 семьям.", [f"500 exact families * {Y2021} *"], "ru"),
    ("К 75-летию Победы волонтеры помогли 200 ветеранам.", [f"200 exact persons * {Y2020} *"], "ru"),
    ("Volunteers helped 500 families to mark the 30th anniversary of Independence.",
     [f"500 exact families * {Y2021} *"], "en"),
    # negatives: a park named after an anniversary dates nothing
    ("Еріктілер Тәуелсіздіктің 25 жылдығы атындағы саябаққа 15 көшет отырғызды.", ["15 exact trees * None..None *"],
     "kk"),
    ("Волонтеры высадили 15 деревьев в парке имени 25-летия Независимости.", ["15 exact trees * None..None *"], "ru"),
]


def _undated_cases(tables: dict[str, list]) -> list:
    return [pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in tables.items() for t, w, lang in table]


UNDATED_5B_KK = {
    "anniversary_years": ANNIVERSARY_YEARS,
}


@pytest.mark.parametrize(("text", "want", "lang"), _undated_cases(UNDATED_5B_KK))
def test_round_5b_kazakh_undated(text: str, want: list[str], lang: str) -> None:
    _check_undated(text, want, lang)


# A plan told in the past tense ("бөлу жоспарланған еді", "көзделген болатын", "планировалось", "was planned") is
# the plan of the time the text spoke of before (its sentence, else the sentence before, also across a new line),
# not a target from publication on. A plan in the present or future keeps its own period.
PAST_PLANS = [
    ("Облыста 2024 жылы конкурсқа 30 грант қарастырылды. Әрқайсысына 3 млн теңге бөлу жоспарланған еді.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {Y2024} *"], "kk"),
    ("Облыста 2024 жылы конкурсқа 30 грант қарастырылды.\nӘрқайсысына 3 млн теңге бөлу көзделген болатын.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {Y2024} *"], "kk"),
    ("2024 жылы әрқайсысына 3 млн теңге бөлу жоспарланған еді.", [f"3e+06 exact KZT * {Y2024} *"], "kk"),
    ("Oblysta 2024 jyly konkýrsqa 30 grant qarastyryldy. Árqaısysyna 3 mln teńge bólý josparlanǵan edi.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {Y2024} *"], "kk"),
    ("Oblysta 2024 jyly konkursqa 30 grant qarastyryldy. Ärqaisysyna 3 mln teñge bölu josparlanğan edı.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {Y2024} *"], "kk"),
    ("В 2024 году на конкурс выделили 30 грантов. На каждый планировалось выделить по 3 млн тенге.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {Y2024} *"], "ru"),
    ("In 2024, 30 grants were provided for the contest. Each was planned to receive 3 million tenge.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {Y2024} *"], "en"),
    # negatives: a plan of now or of the future keeps its period
    ("2024 жылы 30 грант бөлінді. Биыл әрқайсысына 3 млн теңге бөлу жоспарлануда.",
     [f"30 exact grants * {Y2024} *", f"3e+06 exact KZT * {YTD} *"], "kk"),
    ("Келесі жылы әрқайсысына 3 млн теңге бөлу жоспарланған.", ["3e+06 exact KZT * 2026-01-01..2026-12-31 *"], "kk"),
]


# Kazakh "ең кемі / ең кем дегенде / ең азы" (at the least) before a number bound it from below, like "кем дегенде".
AT_THE_LEAST = [
    ("Осылайша ең кемі 760 ағаш көшетін отырғызуды жоспарлап отырмыз.", [f"760 at_least trees * {NOW} KZ"], "kk"),
    ("Marafonshylar 18 qalaǵa barady. Osylaısha eń kemi 760 aǵash kóshetin otyrǵyzýdy josparlap otyrmyz.",
     [f"18 exact * * {NOW} KZ", f"760 at_least trees * {NOW} KZ"], "kk"),
    ("Biyl eñ kemı 760 ağaş köşetın otyrğyzudy josparlap otyrmyz.", [f"760 at_least trees * {YTD} KZ"], "kk"),
    ("Акцияға ең кем дегенде 300 ерікті қатысады.", [f"300 at_least persons * {NOW} KZ"], "kk"),
    ("Акцияға ең азы 300 ерікті қатысады.", [f"300 at_least persons * {NOW} KZ"], "kk"),
    ("В акции примут участие не менее 300 волонтеров.", [f"300 at_least persons * {NOW} *"], "ru"),
    # negatives: "ең көбі" is at most; a number alone is exact
    ("Акцияға ең көбі 300 ерікті қатысады.", [f"300 at_most persons * {NOW} KZ"], "kk"),
    ("Акцияға 300 ерікті қатысады.", [f"300 exact persons * {NOW} KZ"], "kk"),
]


# Kazakh "жылына" alone is "per year", but after a name of a kind of year it is that year's dative: "жаңа оқу
# жылына қажетті керек-жарақтар" (things needed for the new school year), "қаржы жылына" (the financial year).
NAMED_YEARS_NOT_ANNUAL = [
    ("Қауымдастық 43 балаға жаңа оқу жылына қажетті керек-жарақтар сатып әперген.", [f"43 exact persons * {NOW} KZ"],
     "kk"),
    ("Qaýymdastyq 43 balaǵa jańa oqý jylyna qajetti kerek-jaraqtar satyp ápergen eken.",
     [f"43 exact persons * {NOW} KZ"], "kk"),
    ("Qauymdastyq 43 balağa jaña oqu jylyna qajettı kerek-jaraqtar satyp äpergen eken.",
     [f"43 exact persons * {NOW} KZ"], "kk"),
    ("Қор мектеп жылына дейін 120 балаға көмектесті.", [f"120 exact persons * {NOW} KZ"], "kk"),
    # negatives: "per year"
    ("Еріктілер жылына 200 отбасына көмектеседі.", [f"200 exact families * {Y2024} KZ"], "kk"),
    ("Облыста жылына 5 мың донор қан тапсырады.", [f"5000 exact persons blood_donors_per_year {Y2024} KZ"], "kk"),
]


# "Осы уақытта / осы кезде" right after a year is a time of that year ("Өткен жылы осы уақытта" = this time last
# year), not "since then" (which runs from the time named before to publication, as "Осы уақыт ішінде" still does).
AT_THIS_TIME_OF_A_YEAR = [
    ("Өткен жылы осы уақытта 300 донор қан тапсырған.", [f"300 exact persons * {Y2024} KZ"], "kk"),
    ("Былтыр дәл осы кезде 300 донор қан тапсырған еді.", [f"300 exact persons * {Y2024} KZ"], "kk"),
    ("Byltyr osy ýaqytta 300 donor qan tapsyrǵan edi dep habarlady ortalyq.", [f"300 exact persons * {Y2024} KZ"],
     "kk"),
    ("Ötken jyly osy uaqytta 300 donor qan tapsyrğan edı dep habarlady ortalyq.",
     [f"300 exact persons * {Y2024} KZ"], "kk"),
    ("В прошлом году в это же время 300 доноров сдали кровь.", [f"300 exact persons * {Y2024} *"], "ru"),
    # negatives: since then
    ("2019 жылы қор құрылды. Осы уақыт ішінде 300 отбасыға көмек көрсетілді.",
     ["300 exact families * 2019-01-01..2025-06-15 KZ"], "kk"),
    ("Қор 2019 жылы құрылды, содан бері 300 отбасыға көмек көрсетілді.",
     ["300 exact families * 2019-01-01..2025-06-15 KZ"], "kk"),
]


# Kazakh "атсалысты / ат салысты" (took part) is taking part like "қатысты": people who took part in the marathon
# are its participants.
TOOK_PART_ATSALYSTY = [
    ("Биыл «Қайырымды істер марафонына» 2,3 миллионнан астам адам атсалысты.",
     [f"2.3e+06 at_least persons marathon_participants {YTD} KZ"], "kk"),
    ("Марафонға 3 миллион адам ат салысты.", [f"3e+06 exact persons marathon_participants {NOW} KZ"], "kk"),
    ("Marafonǵa 2,3 mıllıonnan astam adam atsalysty dep habarlady mınıstrlik.",
     [f"2.3e+06 at_least persons marathon_participants {NOW} KZ"], "kk"),
    ("Marafonğa 2,3 millionnan astam adam atsalysty dep habarlady ministrlık.",
     [f"2.3e+06 at_least persons marathon_participants {NOW} KZ"], "kk"),
    ("В марафоне приняли участие более 2,3 миллиона человек.",
     [f"2.3e+06 at_least persons marathon_participants {NOW} *"], "ru"),
    ("More than 2.3 million people took part in the marathon.",
     [f"2.3e+06 at_least persons marathon_participants {NOW} *"], "en"),
    # negatives: help given in the marathon counts people helped
    ("Марафон аясында 500 мың адамға көмек көрсетілді.", [f"500000 exact persons people_helped {NOW} KZ"], "kk"),
]


# Kazakh typed in plain Latin letters writes "мың" without its ң ("2 mynnan astam", "5 myn adam", "3 mynga juyq",
# "10 myndai"): after a number it is still a thousand; "mynadai" (such as this) is not.
INFORMAL_MYN = [
    ("Biyl marafonga 2 mynnan astam adam qatysty. Aktsiyaga 5 myn adam keldi.",
     [f"2000 at_least persons marathon_participants {YTD} KZ", f"5000 exact persons * {YTD} KZ"], "kk"),
    ("Keshege 3 mynga juyq donor keldi dep habarlady ortalyq. Tagy 10 myndai adam kutilude.",
     [f"3000 approx persons * {NOW} KZ", f"10000 approx persons * {NOW} KZ"], "kk"),
    ("Акцияға 2 мыннан астам волонтер қатысты.", [f"2000 at_least persons * {NOW} KZ"], "kk"),
    ("Aktsiyaga 2 myńnan astam volonter qatysty dep habarlady ortalyq.", [f"2000 at_least persons * {NOW} KZ"], "kk"),
    # negatives: "mynadai" is "such as this"
    ("Aksiaga 2 mynnan astam volonter qatysty, olar mynadai jumys istedi.",
     [f"2000 at_least persons * {NOW} KZ"], "kk"),
]


# A sentence opening with a part of what the sentence before counted ("Олардың ішінде 600-ге жуығы …", "Оның
# ішінде", "Из них", "Of them") is of the total's time, stated or inherited; a total dated by publication leaves its
# part there too.
PARTS_OF_A_DATED_TOTAL = [
    ("2024 жылы облыста 1200 ерікті жұмыс істеді. Олардың ішінде 600-ге жуығы студенттер.",
     [f"1200 exact persons * {Y2024} KZ", f"600 approx persons * {Y2024} KZ"], "kk"),
    ("2024 жылы облыста 1200 ерікті жұмыс істеді. Олардың 600-ге жуығы – студенттер.",
     [f"1200 exact persons * {Y2024} KZ", f"600 approx persons * {Y2024} KZ"], "kk"),
    ("2024 jyly oblysta 1200 erikti jumys istedi. Olardyń ishinde 600-ge jýyǵy stýdentter eken dep habarlady "
     "basqarma.", [f"1200 exact persons * {Y2024} KZ", f"600 approx persons * {Y2024} KZ"], "kk"),
    ("2024 jyly oblysta 1200 erıktı jūmys ıstedı. Olardyñ ışınde 600-ge juyğy studentter eken dep habarlady "
     "basqarma.", [f"1200 exact persons * {Y2024} KZ", f"600 approx persons * {Y2024} KZ"], "kk"),
    ("В 2024 году в области работали 1200 волонтеров. Из них около 600 – студенты.",
     [f"1200 exact persons * {Y2024} *", f"600 approx * * {Y2024} *"], "ru"),
    ("In 2024, 1,200 volunteers worked in the region. Of them, about 600 are students.",
     [f"1200 exact persons * {Y2024} *", f"600 approx persons * {Y2024} *"], "en"),
    # negatives: a total of now; a new level of now after "бүгінде"
    ("Облыста 1200 ерікті бар. Олардың ішінде 600-ге жуығы студенттер.",
     [f"1200 exact persons * {NOW} KZ", f"600 approx persons * {NOW} KZ"], "kk"),
    ("2024 жылы облыста 1200 ерікті жұмыс істеді. Бүгінде олардың саны 1500-ге жетті.",
     [f"1200 exact persons * {Y2024} KZ", f"1500 exact persons * {NOW} KZ"], "kk"),
]


# Kazakh "ондай" (such) is a pronoun, not "он" (ten) with "-дай" (about): "Ондай қайғылы жағдайды ешкімнің басына
# бермесін". About ten is "10-дай", "он шақты", "онға жуық".
SUCH_IS_NO_TEN = [
    ("Ондай қайғылы жағдайды ешкімнің басына бермесін. Акцияға 10-дай ерікті қатысты.",
     [f"10 approx persons * {NOW} KZ"], "kk"),
    ("Ondaı qaıǵyly jaǵdaıdy eshkimniń basyna bermesin dep tileımin. Aksııaǵa on shaqty erikti qatysty.",
     [f"10 approx persons * {NOW} KZ"], "kk"),
    ("Ondai qaiğyly jağdaidy eşkımnıñ basyna bermesın dep tileimın. Aksiağa 300 erıktı qatysty.",
     [f"300 exact persons * {NOW} KZ"], "kk"),
    ("Ондайда біз 300 адамға көмектестік.", [f"300 exact persons * {NOW} KZ"], "kk"),
    # negatives: about ten
    ("Акцияға онға жуық ерікті қатысты.", [f"10 approx persons * {NOW} KZ"], "kk"),
]


# Kazakh says "flooded" as "су басқан / су басу / су астында" (water-covered, under water) as well as "тасқын": the
# volunteers there are flood volunteers.
FLOODED_SU_BASQAN = [
    ("Су басқан елді мекендерде 43 мыңнан астам волонтер көмек көрсетіп жүр.",
     [f"43000 at_least persons flood_volunteers {NOW} KZ"], "kk"),
    ("Sý basqan eldi mekenderde 43 myńnan astam volonter kómek kórsetip júr dep habarlady mınıstrlik.",
     [f"43000 at_least persons flood_volunteers {NOW} KZ"], "kk"),
    ("Su basqan eldı mekenderde 43 myñnan astam volonter kömek körsetıp jür dep habarlady ministrlık.",
     [f"43000 at_least persons flood_volunteers {NOW} KZ"], "kk"),
    ("Су астында қалған ауылдарда 500 ерікті жұмыс істеп жатыр.", [f"500 exact persons flood_volunteers {NOW} KZ"],
     "kk"),
    ("В затопленных паводком селах работают 500 волонтеров.", [f"500 exact persons flood_volunteers {NOW} *"], "ru"),
    # negatives: watering a garden
    ("Ауылда 500 ерікті су бастырып, бау-бақша суарды.", [f"500 exact persons None {NOW} KZ"], "kk"),
]


# Scale words as regional sites spell them: "миллон", "милион", "милиард", "миллярд" are million and billion.
SCALE_SPELLINGS = [
    ("8 жарым миллонға жуық шаршы метр арық желісі қазылды.", [f"8.5e+06 approx * * {NOW} KZ"], "kk"),
    ("Қорға 2 милион теңге жиналды.", [f"2e+06 exact KZT * {NOW} KZ"], "kk"),
    ("Qorǵa 2 mılıon teńge jınaldy dep habarlady qor basshysy.", [f"2e+06 exact KZT * {NOW} KZ"], "kk"),
    ("Қорға 1,5 милиард теңге бөлінді.", [f"1.5e+09 exact KZT * {NOW} KZ"], "kk"),
    # negatives: the ordinary spelling
    ("Қорға 2 миллион теңге жиналды.", [f"2e+06 exact KZT * {NOW} KZ"], "kk"),
]


# A Kazakh share bounded after the ablative: "10 пайыздан азы / кемі" (under 10 per cent), "10 пайыздан көбі"
# (over), in every script; Kazakh typed in plain Latin writes "payyz" (y for both ы and й) and "kobi" (o for ө).
SHARES_BOUNDED_AFTER_THE_ABLATIVE = [
    ("Донорлардың 10 пайыздан көбі жастар.", [f"10 at_least percent * {NOW} KZ"], "kk"),
    ("Донорлардың 10 пайыздан кемі жастар.", [f"10 at_most percent * {NOW} KZ"], "kk"),
    ("Donorlardyń 10 paıyzdan azy jastar ekenin qan ortalyǵy habarlady.", [f"10 at_most percent * {NOW} KZ"], "kk"),
    ("Donorlardyń 10 paıyzdan kóbi jastar ekenin qan ortalyǵy habarlady.", [f"10 at_least percent * {NOW} KZ"],
     "kk"),
    ("Donorlardyñ 10 paiyzdan azy jastar ekenın qan ortalyğy habarlady.", [f"10 at_most percent * {NOW} KZ"], "kk"),
    ("Qan tapsyrgan donorlardyn 10 payyzdan azy jastar ekenin qan ortalygy habarlady.",
     [f"10 at_most percent * {NOW} KZ"], "kk"),
    ("Qan tapsyrgan donorlardyn 10 paiyzdan kobi jastar ekenin qan ortalygy habarlady.",
     [f"10 at_least percent * {NOW} KZ"], "kk"),
    ("Qan tapsyrgan donorlardyn 30 payyzy jastar ekenin qan ortalygy habarlady.", [f"30 exact percent * {NOW} KZ"],
     "kk"),
    ("Менее 10 процентов доноров – молодежь.", [f"10 at_most percent * {NOW} *"], "ru"),
    # negatives: "көбі" without an ablative number is "most of them"
    ("Еріктілердің көбі 300 адамға көмектесті.", [f"300 exact persons * {NOW} KZ"], "kk"),
]


# A distance told in kilometres and metres ("42 шақырым 195 метр", "42 км 195 м", "42 km 195 m") is one distance,
# 42.195 km, not 42 of one thing and 195 of another.
KILOMETRES_AND_METRES = [
    ("Ғалым Чуашев 42 шақырым 195 метр қашықтықты бағындырса, Дмитрий 22 шақырымды жүгіріп өтті.",
     [f"42.195 exact * * {NOW} KZ", f"22 exact * * {NOW} KZ"], "kk"),
    ("Ǵalym Chýashev 42 shaqyrym 195 metr qashyqtyqty baǵyndyrsa, Dmıtrıı 22 shaqyrymdy júgirip ótti.",
     [f"42.195 exact * * {NOW} KZ", f"22 exact * * {NOW} KZ"], "kk"),
    ("Ğalym Chuaşev 42 şaqyrym 195 metr qaşyqtyqty bağyndyrsa, Dmitrii 22 şaqyrymdy jügırıp öttı.",
     [f"42.195 exact * * {NOW} KZ", f"22 exact * * {NOW} KZ"], "kk"),
    ("Он пробежал 42 км 195 м, а его напарник – 22 км.", [f"42.195 exact * * {NOW} *", f"22 exact * * {NOW} *"],
     "ru"),
    ("He ran 42 km 195 m, and his partner ran 22 km.", [f"42.195 exact * * {NOW} *", f"22 exact * * {NOW} *"], "en"),
    # negatives: two distances joined by "және"
    ("Еріктілер 5 шақырым және 300 метр жолды тазартты.", [f"5 exact * * {NOW} KZ", f"300 exact * * {NOW} KZ"], "kk"),
]


# Kazakh "N жастың X-ы" is "the X of N young people" ("20 жастың грантына арналған қаржы", the funds for the grants
# of 20 young people), not an age; the end of a range of ages ("14 пен 29 жастың аралығындағы"), "18 жастың ішінде"
# and a person of an age ("20 жастың жігіті") stay ages.
YOUNG_PEOPLE_IN_THE_GENITIVE = [
    ("Облыстық мәслихат сессиясы өткен кезде 20 жастың грантына арналған қаржыны бөлуді қарастырамыз.",
     [f"20 exact * * {NOW} KZ"], "kk"),
    ("Oblystyq máslıhat sessııasy ótken kezde 20 jastyń grantyna arnalǵan qarjyny bólýdi qarastyramyz.",
     [f"20 exact * * {NOW} KZ"], "kk"),
    ("Oblystyq mäslihat sessiasy ötken kezde 20 jastyñ grantyna arnalğan qarjyny böludı qarastyramyz.",
     [f"20 exact * * {NOW} KZ"], "kk"),
    ("Байқау қорытындысымен 15 жастың жобасы қолдау тапты.", [f"15 exact * * {NOW} KZ"], "kk"),
    # negatives: ages
    ("Акцияға 16-дан 25 жастың аралығындағы жастар қатысты.", [], "kk"),
    ("Еріктілер 18 жастың ішінде болуы керек.", [], "kk"),
    ("Оның ұлы 20 жастың жігіті.", [], "kk"),
    ("Еріктіге 20 жаста рұқсат беріледі.", [], "kk"),
]


# The Kazakh past of the first person ("бердік", "жасадық", "тапсырдым", as volunteers tell what they did) reports
# what was done, like "берді": it takes the period of the sentence before. Adjectives in "-тық / -тік" ("артық",
# "мемлекеттік") and "жылдық" are no past.
FIRST_PERSON_PAST = [
    ("2024 жылы облыста еріктілер марафоны өтті. Біз 300 отбасыға көмек бердік.",
     [f"300 exact families * {Y2024} KZ"], "kk"),
    ("2024 jyly oblysta eriktiler marafony ótti. Biz 300 otbasyǵa kómek berdik.",
     [f"300 exact families * {Y2024} KZ"], "kk"),
    ("2024 jyly oblysta erıktıler marafony öttı. Bız 300 otbasyğa kömek berdık.",
     [f"300 exact families * {Y2024} KZ"], "kk"),
    ("2024 жылы облыста еріктілер марафоны өтті. Мен 300 отбасыға азық-түлік жеткіздім.",
     [f"300 exact families * {Y2024} KZ"], "kk"),
    ("В 2024 году прошел марафон. Мы передали продукты 300 семьям.", [f"300 exact families * {Y2024} *"], "ru"),
    # negatives: the present; a comparison
    ("2024 жылы облыста еріктілер марафоны өтті. Қазір біз 300 отбасыға көмектесеміз.",
     [f"300 exact families * {NOW} KZ"], "kk"),
    ("Биыл 400 донор қан тапсырды. Бұл өткен жылғы көрсеткіштен 2 есе артық.",
     [f"400 exact persons * {YTD} KZ", f"2 exact ratio * {NOW} KZ"], "kk"),
]


ROUND_1_5B_KK: dict[str, list] = {
    "first_person_past": FIRST_PERSON_PAST,
    "young_people_in_the_genitive": YOUNG_PEOPLE_IN_THE_GENITIVE,
    "kilometres_and_metres": KILOMETRES_AND_METRES,
    "shares_bounded_after_the_ablative": SHARES_BOUNDED_AFTER_THE_ABLATIVE,
    "scale_spellings": SCALE_SPELLINGS,
    "flooded_su_basqan": FLOODED_SU_BASQAN,
    "such_is_no_ten": SUCH_IS_NO_TEN,
    "parts_of_a_dated_total": PARTS_OF_A_DATED_TOTAL,
    "informal_myn": INFORMAL_MYN,
    "took_part_atsalysty": TOOK_PART_ATSALYSTY,
    "at_this_time_of_a_year": AT_THIS_TIME_OF_A_YEAR,
    "named_years_not_annual": NAMED_YEARS_NOT_ANNUAL,
    "at_the_least": AT_THE_LEAST,
    "past_plans": PAST_PLANS,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5B_KK.items() for t, w, lang in table])
def test_round_5b_kazakh_classes(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

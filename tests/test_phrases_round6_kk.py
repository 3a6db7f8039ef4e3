"""Round 6, Kazakh: classes of phrasing behind the misses and false figures of the fifth set of real pages
(kk_m01..m07), of leftovers of earlier rounds and of probe articles in the styles of regional Kazakh sites, each
fixed as a rule of the language and checked here with variants (cases, word orders, with and without qualifiers,
Cyrillic and the Latin alphabets of 2017, 2018 and 2021 and as people type it), Russian and English variants where
the class exists there too, and negatives.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area", "*" for
any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, Y2024, _check_read

# A Kazakh day is often written with the ordinal hyphen: "19-наурыз – Жаңару күні", "12-сәуірде", "2024 жылғы
# 19-наурызда", or after its month in the genitive ("наурыздың 19-ы", "мамырдың 5-і күні"). Such a day dates the
# figures of its sentence and is no figure itself; a count right after it ("20-наурызда 500 көшет") is not the end of
# a span of days like English "April 27-May 4". Informal Latin spells months without Kazakh letters ("12-sauirde",
# "5 qyrkuiekte", "3 qantarda"). Russian "12-го апреля" and English "April 12th", "the 12th of April" likewise.
DAYS_WITH_THE_ORDINAL_HYPHEN = [
    ("19-наурыз – Жаңару күні.", [], "kk"),
    ("Наурызнаманың 10 күндік жоспарына сәйкес, 19-наурыз – Жаңару күні. Бұл күні 500 көшет егілді.",
     ["500 exact trees * 2025-03-19..2025-03-19 *"], "kk"),
    ("Биыл 20-наурызда 500 көшет егілді.", ["500 exact trees * 2025-03-20..2025-03-20 *"], "kk"),
    ("Еріктілер 12-сәуірде 25 отбасыға көмектесті.", ["25 exact families * 2025-04-12..2025-04-12 *"], "kk"),
    ("2024 жылғы 12-сәуірде еріктілер 300 отбасыға көмектесті.",
     ["300 exact families * 2024-04-12..2024-04-12 *"], "kk"),
    ("Еріктілер 12-сәуір күні 300 отбасыға көмектесті.", ["300 exact families * 2025-04-12..2025-04-12 *"], "kk"),
    ("Сәуірдің 12-сі күні еріктілер 300 отбасыға көмектесті.",
     ["300 exact families * 2025-04-12..2025-04-12 *"], "kk"),
    ("Мамырдың 5-і күні еріктілер 300 отбасыға көмектесті.", ["300 exact families * 2025-05-05..2025-05-05 *"], "kk"),
    ("5-мамырдан 10-мамырға дейін еріктілер 300 отбасыға көмектесті.",
     ["300 exact families * 2025-05-05..2025-05-10 *"], "kk"),
    ("Акция 1-маусымда басталып, 20 мыңнан астам адам қатысты.",
     ["20000 at_least persons * 2025-06-01..2025-06-01 *"], "kk"),
    ("Eriktiler 12-sáýirde 300 otbasyna azyq-túlik taratty.",
     ["300 exact families * 2025-04-12..2025-04-12 *"], "kk"),
    ("Eriktiler 12-säuırde 300 otbasyna azyq-tülık taratty.",
     ["300 exact families * 2025-04-12..2025-04-12 *"], "kk"),
    ("Eriktiler 12-sauirde 300 otbasyna azyq-tulik taratty.",
     ["300 exact families * 2025-04-12..2025-04-12 *"], "kk"),
    ("Eriktiler 5 qyrkuiekte 300 otbasyna komek korsetti.", ["300 exact families * 2024-09-05..2024-09-05 *"], "kk"),
    ("Eriktiler 3 qantarda 300 otbasyna komek korsetti.", ["300 exact families * 2025-01-03..2025-01-03 *"], "kk"),
    ("19-naýryz – Jańarý kúni.", [], "kk"),
    ("Волонтеры 12-го апреля помогли 300 семьям.", ["300 exact families * 2025-04-12..2025-04-12 *"], "ru"),
    ("12-го апреля 25 волонтеров вышли на субботник.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "ru"),
    ("On April 12th, 300 families received aid.", ["300 exact families * 2025-04-12..2025-04-12 *"], "en"),
    ("On the 12th of April, 300 families received aid.", ["300 exact families * 2025-04-12..2025-04-12 *"], "en"),
    # negatives: a count with a hyphenated case ending, an ordinal before a noun, a count after a bare month
    ("Еріктілер 300-ден астам отбасыға көмектесті.", [f"300 at_least families * {NOW} *"], "kk"),
    ("The 5th volunteer forum gathered 300 people.", [f"300 exact persons * {NOW} *"], "en"),
]


# "Every year" that describes the event ("жыл сайын (дәстүрлі түрде) өткізілетін акцияға", a participle in -атын/-етін
# after it; "в ежегодно проводимой / ежегодной акции", "в акции, которая проводится ежегодно", "the campaign held
# every year") is no period of a deed the sentence reports done once: that deed is of its own time (here the
# publication's day). A sentence about what happens every year, or a past deed said to recur, stays yearly.
EVERY_YEAR_DESCRIBING_AN_EVENT = [
    ("Жыл сайын өткізілетін «Бір тамшы қан» акциясына 150-ге жуық партия мүшесі қатысты.",
     [f"150 approx persons * {NOW} *"], "kk"),
    ("Жыл сайын өтетін акцияға 150 донор қатысты.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Жыл сайын дәстүрлі түрде өткізілетін акцияға 150 донор қатысты.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Жыл сайын ұйымдастырылатын шараға 150 адам қатысты.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Жыл сайын қан тапсыратын 150 донор марапатталды.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Jyl saıyn ótkiziletin aksııaǵa 150 donor qatysty.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Jyl saiyn otkiziletin aksiiaga 150 donor qatysty.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Jyl saiyn ötkızıletın aksiağa 150 donor qatysty.", [f"150 exact persons * {NOW} *"], "kk"),
    ("В ежегодно проводимой акции приняли участие 150 доноров.", [f"150 exact persons * {NOW} *"], "ru"),
    ("В ежегодной акции приняли участие 150 доноров.", [f"150 exact persons * {NOW} *"], "ru"),
    ("В акции, которая проводится ежегодно, приняли участие 150 доноров.", [f"150 exact persons * {NOW} *"], "ru"),
    ("150 donors took part in the campaign held every year.", [f"150 exact persons * {NOW} *"], "en"),
    # negatives: what happens every year, and a deed said to be done every year
    ("Жыл сайын 150 донор қан тапсырады.", [f"150 exact persons * {Y2024} *"], "kk"),
    ("Жыл сайын өткізілетін акцияға 150 донор қатысады.", [f"150 exact persons * {Y2024} *"], "kk"),
    ("Жыл сайын 150 донор қан тапсырды.", [f"150 exact persons * {Y2024} *"], "kk"),
    ("Ежегодно в акции участвуют 150 доноров.", [f"150 exact persons * {Y2024} *"], "ru"),
    ("Every year 150 donors take part.", [f"150 exact persons * {Y2024} *"], "en"),
]


# Kazakh "дүркін" and "мәрте" count times as "рет" does: "екі дүркін әлем чемпионы" (a two-time world champion), "үш
# мәрте жеңімпаз"; informal Latin "eki durkin". English "a 3-time Olympic champion". The people counted beside them
# stay figures.
TIMES_DURKIN_AND_MARTE = [
    ("Акцияға муай-тайдан екі дүркін Әлем чемпионы Николай Самусев және 150 донор қатысты.",
     [f"150 exact persons * {NOW} *"], "kk"),
    ("Оған 3 дүркін Олимпиада чемпионы және 200 ерікті қатысты.", [f"200 exact persons * {NOW} *"], "kk"),
    ("Үш мәрте әлем чемпионы 50 балаға сыйлық берді.", [f"50 exact persons * {NOW} *"], "kk"),
    ("Aksııaǵa eki dúrkin álem chempıony jáne 150 donor qatysty.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Aksiiaga eki durkin alem chempiony jane 150 donor qatysty.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Aksiağa ekı dürkın älem chempiony jäne 150 donor qatysty.", [f"150 exact persons * {NOW} *"], "kk"),
    ("The 3-time Olympic champion and 200 volunteers took part.", [f"200 exact persons * {NOW} *"], "en"),
    ("A two-time world champion and 150 donors took part.", [f"150 exact persons * {NOW} *"], "en"),
    # negatives: a multiple stays one; a count of champions is a count
    ("Донорлар саны 3 есе артты.", [f"3 exact ratio * {NOW} *"], "kk"),
    ("Акцияға 5 әлем чемпионы қатысты.", [f"5 exact * * {NOW} *"], "kk"),
]


# "шамасында / шамасы" after the measure or the counted noun is about, as right after the number ("300 шамасында"):
# "он бір миллион теңге шамасында", "5 тонна шамасында", "500 адам шамасында"; Latin "teńge shamasynda", "şamasynda".
ABOUT_AFTER_THE_MEASURE = [
    ("Азық-түліктің өзі 11 миллион теңге шамасында болады.", [f"1.1e+07 approx KZT * {NOW} *"], "kk"),
    ("Osy azyq-túlik pen kıim-keshektiń ózi on bir mıllıon  teńge shamasynda bolady.",
     [f"1.1e+07 approx KZT * {NOW} *"], "kk"),
    ("Osy azyq-tülık pen kiım-keşektıñ özı on bır million teñge şamasynda bolady.",
     [f"1.1e+07 approx KZT * {NOW} *"], "kk"),
    ("Osy azyq-tulik pen kiim-keshektin ozi on bir million tenge shamasynda bolady.",
     [f"1.1e+07 approx KZT * {NOW} *"], "kk"),
    ("Көмек 5 тонна шамасында жиналды.", [f"5 approx tonnes * {NOW} *"], "kk"),
    ("500 адам шамасында ерікті жиналды.", [f"500 approx persons * {NOW} *"], "kk"),
    ("Жылына 300 адам шамасы қан тапсырады.", ["300 approx persons * 2024-01-01..2024-12-31 *"], "kk"),
    ("Еріктілер саны 300 шамасында.", [f"300 approx persons * {NOW} *"], "kk"),
    # negatives: nothing after the measure; "шамамен" before the number
    ("Азық-түліктің өзі 11 миллион теңге болады.", [f"1.1e+07 exact KZT * {NOW} *"], "kk"),
    ("Шамамен 11 миллион теңге жиналды.", [f"1.1e+07 approx KZT * {NOW} *"], "kk"),
]


# "Маусым" is June and a season (of a game, a championship, a project). With a possessive ending ("2 маусымы
# өткізілді", "3 маусымында", "маусымдары") it counts seasons and dates nothing; a day of June takes a plain or a
# case form ("2 маусымда", "2 маусым күні").
SEASONS_NOT_JUNE = [
    ("«Таза ойындардың» 2 маусымы өткізіліп, соңғы маусымында 130-дан астам адам тартылып, 3 тонна қоқыс "
     "шығарылды.", [f"2 exact * * {NOW} *", f"130 at_least persons * {NOW} *", f"3 exact tonnes * {NOW} *"], "kk"),
    ("«Taza oıyndardyń» 2 maýsymy ótkizilip, sońǵy maýsymynda 130-dan astam adam tartylyp, 3 tonna qoqys "
     "shyǵaryldy.", [f"2 exact * * {NOW} *", f"130 at_least persons * {NOW} *", f"3 exact tonnes * {NOW} *"], "kk"),
    ("«Taza oiyndardyn» 2 mausymy otkizilip, 130-dan astam adam tartyldy.",
     [f"2 exact * * {NOW} *", f"130 at_least persons * {NOW} *"], "kk"),
    # negatives: days of June
    ("2 маусымда 500 ерікті қатысты.", ["500 exact persons * 2025-06-02..2025-06-02 *"], "kk"),
    ("2 маусым күні 500 ерікті қатысты.", ["500 exact persons * 2025-06-02..2025-06-02 *"], "kk"),
    ("2-maýsymda 500 erikti qatysty.", ["500 exact persons * 2025-06-02..2025-06-02 *"], "kk"),
]


ROUND_1_6_KK: dict[str, list] = {
    "days_with_the_ordinal_hyphen": DAYS_WITH_THE_ORDINAL_HYPHEN,
    "every_year_describing_an_event": EVERY_YEAR_DESCRIBING_AN_EVENT,
    "times_durkin_and_marte": TIMES_DURKIN_AND_MARTE,
    "about_after_the_measure": ABOUT_AFTER_THE_MEASURE,
    "seasons_not_june": SEASONS_NOT_JUNE,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_6_KK.items() for t, w, lang in table])
def test_round_6_kazakh_classes(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


def _undated(text: str, lang: str) -> list[str]:
    """Figures of a page without a publication date (none in its sources row)."""
    from loaders.build import process_article

    return [f"{f['value']:g} {f['qualifier']} {f['period_start']}..{f['period_end']}"
            for f in process_article("a.txt", text, "0" * 64, {"lang": lang})["figures"] if f["duplicate_of"] is None]


# A regional site's dateline with the Kazakh ordinal hyphen ("12-сәуір 2024, 10:15 | Қаралым: 345", "2024 жылғы
# 12-сәуір") dates an undated page as "12 сәуір 2024" does.
HYPHEN_DATELINES = [
    ("ЕРІКТІЛЕР 1,5 МЫҢНАН АСТАМ ОТБАСЫҒА КӨМЕКТЕСТІ\n12-сәуір 2024, 10:15 | Қаралым: 345\nТараз қаласында еріктілер "
     "1,5 мыңнан астам отбасыға азық-түлік себеттерін таратты.", ["1500 at_least 2024-04-12..2024-04-12"], "kk"),
    ("ЕРІКТІЛЕР 1,5 МЫҢНАН АСТАМ ОТБАСЫҒА КӨМЕКТЕСТІ\n12 сәуір 2024, 10:15 | Қаралым: 345\nТараз қаласында еріктілер "
     "1,5 мыңнан астам отбасыға азық-түлік себеттерін таратты.", ["1500 at_least 2024-04-12..2024-04-12"], "kk"),
    ("Eriktiler kómektesti\n12-sáýir 2024, 10:15\nTaraz qalasynda eriktiler 1,5 myńnan astam otbasyǵa azyq-túlik "
     "sebetterin taratty.", ["1500 at_least 2024-04-12..2024-04-12"], "kk"),
]


@pytest.mark.parametrize(("text", "want", "lang"), [pytest.param(t, w, lang, id=t[:45]) for t, w, lang in
                                                    HYPHEN_DATELINES])
def test_round_6_kazakh_hyphen_datelines(text: str, want: list[str], lang: str) -> None:
    assert _undated(text, lang) == want

"""Programs: the lexicon in data/programs.csv and the rule that gives each figure its program (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.programs import assign_programs, find_programs, load_programs, program_of_sentence

PROGRAMS = load_programs()


@pytest.mark.parametrize("phrase,program", [
    ("Акция «Марафон добрых дел» сплотил более 3 млн неравнодушных казахстанцев.", "marathon_good_deeds"),
    ("в рамках «Марафона добрых дел» собрано 150 тонн помощи", "marathon_good_deeds"),
    ("«Игі істер марафоны» аясында 7 мыңнан астам игі іс атқарылды", "marathon_good_deeds"),
    ("Igi ister marafony aiasynda 7 mynnan astam igi is atqaryldy", "marathon_good_deeds"),
    ("The Marathon of Good Deeds brought together over 3 million people", "marathon_good_deeds"),
    ("В стране была сформирована система волонтерства по восьми направлениям в рамках проекта «Birgemiz»",
     "birgemiz"),
    ("«Біргеміз» жобасы аясында 20 мың волонтер", "birgemiz"),
    ("QazMed Volunteers жобасына 2 500-ден астам волонтер тіркелген", "qazmed_volunteers"),
    ("В акции «Таза Казахстан» приняли участие 2 млн человек", "taza_qazaqstan"),
    ("«Таза Қазақстан» экоакциясы аясында 3200 ағаш отырғызылды", "taza_qazaqstan"),
    ("Taza Qazaqstan campaign volunteers collected 240 tonnes of waste", "taza_qazaqstan"),
    ("В целях поддержки волонтёрских инициатив выдано 240 малых грантов", "small_grants"),
    ("жалпы сомасы 10 миллион теңге болатын шағын гранттар байқауы", "small_grants"),
    ("на конкурс «Волонтёр года» поступило 500 заявок", "volunteer_of_the_year"),
    ("«Жыл волонтері – 2025» ұлттық сыйлығына 49 өтінім түсті", "volunteer_of_the_year"),
    ("функционируют Национальный фронт-офис и 20 региональных фронт-офисов", "front_offices"),
    ("20 өңірлік волонтерлік фронт-кеңсе жұмыс істейді", "front_offices"),
    ("Через онлайн-платформу Qazvolunteer.kz, объединяющую более 67 тысяч участников", "qazvolunteer"),
])
def test_program_named_in_the_sentence(phrase: str, program: str) -> None:
    assert program_of_sentence(phrase, None, PROGRAMS) == program


@pytest.mark.parametrize("phrase", [
    "В 2024 году в стране насчитывалось более 300 тысяч волонтёров.",
    "Таза вода поступила в 20 сёл.",  # 'таза' alone is not the campaign
    "Более 5 тысяч доноров сдали кровь в Алматы.",
    "марафон по бегу собрал 3 тысячи участников",
])
def test_no_program(phrase: str) -> None:
    assert find_programs(phrase, PROGRAMS) == []


def test_the_nearest_program_before_the_figure_wins() -> None:
    s = "После «Марафона добрых дел» в проекте Birgemiz участвовали 20 тысяч волонтёров"
    assert program_of_sentence(s, s.index("20"), PROGRAMS) == "birgemiz"


def _obs(source: str, quote: str, metric: str | None) -> dict:
    return {"source_id": source, "quote": quote, "figure_text": quote.split()[-2], "metric_id": metric}


def test_title_names_the_program_only_for_its_own_metrics() -> None:
    sources = [{"source_id": "a", "title": "Марафон добрых дел: итоги года", "text": "Марафон добрых дел: итоги года\n"
                "В акции приняли участие 2,5 млн человек."},
               {"source_id": "b", "title": "Birgemiz: новый этап", "text": "Birgemiz: новый этап\nТекст."}]
    obs = [_obs("a", "В акции приняли участие 2,5 млн человек.", None),
           _obs("a", "В акции приняли участие 2,5 млн человек.", "marathon_participants"),
           _obs("a", "Всего в стране 300 тысяч волонтёров.", "volunteers_total"),
           _obs("b", "Всего в стране 300 тысяч волонтёров.", "volunteers_total"),
           {**_obs("a", "Всего в стране 300 тысяч волонтёров.", None), "program": "birgemiz"}]
    assign_programs(obs, sources, PROGRAMS)
    assert [o["program"] for o in obs] == ["marathon_good_deeds", "marathon_good_deeds", None, None, "birgemiz"]


def test_curated_programs_extend_the_lexicon(tmp_path: Path) -> None:
    (tmp_path / "programs.csv").write_text(
        "program_id,label_en,label_ru,label_kk,metrics,patterns\n"
        "jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,trees_planted,жасыл\\s+ел|jasyl\\s+el\n", encoding="utf-8")
    programs = load_programs(tmp_path)
    assert program_of_sentence("«Жасыл ел» жобасы аясында 3200 ағаш", None, programs) == "jasyl_el"
    assert len(programs) == len(PROGRAMS) + 1

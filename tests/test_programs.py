"""Programs: the lexicon in data/programs.csv and the rule that gives each figure its program (issue 12)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import loaders.programs
from loaders.build import run
from loaders.curated import CuratedError
from loaders.programs import (
    ProgramHits,
    alias_pattern,
    assign_programs,
    find_programs,
    load_programs,
    program_of_sentence,
)

ROOT = Path(__file__).resolve().parent.parent

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


HEADER = "program_id,label_en,label_ru,label_kk,metrics,patterns\n"


def _curated(tmp_path: Path, rows: str) -> Path:
    folder = tmp_path / "curated"
    folder.mkdir(exist_ok=True)
    (folder / "programs.csv").write_text(HEADER + rows, encoding="utf-8")
    return folder


def test_a_curated_row_with_a_known_id_adds_an_alias_and_metrics(tmp_path: Path) -> None:
    folder = _curated(tmp_path, f'marathon_good_deeds,,,,trees_planted,"{alias_pattern("Марафон добра")}"\n')
    marathon = next(p for p in load_programs(folder) if p.program_id == "marathon_good_deeds")
    assert marathon.labels["en"] == "Marathon of Good Deeds"  # empty labels keep the bundled ones
    assert {"marathon_participants", "trees_planted"} <= marathon.metrics
    programs = load_programs(folder)
    assert program_of_sentence("в рамках «Марафона добра» собрано 40 тонн", None, programs) == "marathon_good_deeds"
    assert program_of_sentence("Марафон добрых дел собрал 3 млн", None, programs) == "marathon_good_deeds"


@pytest.mark.parametrize("row,reason", [
    ("Jasyl El,Jasyl El,Жасыл ел,Жасыл ел,,жасыл\n", "not lower snake case"),
    ("jasyl_el,Jasyl El,,Жасыл ел,,жасыл\n", "needs label_en, label_ru and label_kk"),
    ("jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,,\n", "patterns is empty"),
    ("jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,,(жасыл\n", "bad pattern"),
    ("jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,,\\s*\n", "matches an empty text"),
    ("jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,trees_planted no_such_metric,жасыл\n", "unknown metric(s) no_such_metric"),
    ("jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,,жасыл\\w{0,4}\n", "more fields than columns"),
])
def test_a_bad_curated_program_fails_the_build_with_file_and_line(tmp_path: Path, row: str, reason: str) -> None:
    folder = _curated(tmp_path, "qazaq_eli,Qazaq Eli,Қазақ елі,Қазақ елі,,қазақ\\s+елі\n" + row)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Волонтёры\n\nВ 2024 году 300 волонтёров помогли.\n", encoding="utf-8")
    with pytest.raises(CuratedError) as exc:
        run(tmp_path / "kz.duckdb", articles, folder)
    assert str(exc.value).startswith("curated/programs.csv:3: ") and reason in str(exc.value)
    assert not (tmp_path / "kz.duckdb").exists()
    proc = subprocess.run([sys.executable, "-m", "loaders", "build", "--db", str(tmp_path / "kz.duckdb"),
                           "--articles", str(articles), "--curated", str(folder), "--quiet", "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "curated/programs.csv:3: " in proc.stderr and "Traceback" not in proc.stderr


def test_a_correction_naming_an_unknown_program_fails_the_build(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Волонтёры\n\nВ 2024 году 300 волонтёров помогли.\n", encoding="utf-8")
    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "review.csv").write_text(
        "action,file,quote,value,metric_id,new_value,qualifier,unit,period_start,period_end,area,note,program\n"
        "correct,a.txt,300 волонтёров,300,,,,,,,,,no_such_program\n", encoding="utf-8")
    with pytest.raises(CuratedError, match=r"curated/review.csv:2: unknown program 'no_such_program'"):
        run(tmp_path / "kz.duckdb", articles, folder)


# The Programs page's small charts name the program once, in every language (not "Марафон добрых дел:
# «Марафон добрых дел»: добрые дела").
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_chart_title_names_the_program_once(lang: str) -> None:
    import csv

    from metrics.programs import chart_title

    marathon = next(p for p in PROGRAMS if p.program_id == "marathon_good_deeds")
    with (ROOT / "metrics" / "catalog.csv").open(encoding="utf-8") as fh:
        label = next(r for r in csv.DictReader(fh) if r["metric_id"] == "marathon_good_deeds")[f"label_{lang}"]
    title = chart_title(marathon.label(lang), label)
    assert title == label
    bare = title.replace("«", "").replace("»", "")
    assert bare.count(marathon.label(lang)) == 1, title


def test_chart_title_adds_the_program_when_the_metric_does_not_name_it() -> None:
    from metrics.programs import chart_title

    assert (chart_title("Birgemiz («Біргеміз»)", "Волонтёры в Казахстане")
            == "Birgemiz («Біргеміз»): Волонтёры в Казахстане")
    assert chart_title("Birgemiz («Біргеміз»)", "Волонтёры Birgemiz") == "Волонтёры Birgemiz"


@pytest.mark.parametrize("lang,words", [
    ("en", ("No figures are tied to this program yet", "another name", "Review")),
    ("ru", ("пока не связано ни одной цифры", "другое название", "«Проверка»")),
    ("kk", ("бірде-бір сан байланыспаған", "басқа атауын", "«Тексеру»")),
])
def test_a_program_without_figures_says_what_would_tie_them(lang: str, words: tuple[str, ...]) -> None:
    from metrics.pages.programs import no_figures_text

    text = no_figures_text(lang, has_sources=False, readonly=False)
    assert all(w in text for w in words), text
    assert words[2] not in no_figures_text(lang, has_sources=False, readonly=True)  # no Review page there


def test_program_hits_are_remembered_between_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["«Біргеміз» жобасы аясында 20 мың волонтер", "Более 5 тысяч доноров сдали кровь в Алматы.",
             "После «Марафона добрых дел» в проекте Birgemiz участвовали 20 тысяч волонтёров"]
    first = ProgramHits(tmp_path, PROGRAMS)
    assert [first.hits(t) for t in texts] == [find_programs(t, PROGRAMS) for t in texts]
    first.save()
    (saved,) = tmp_path.glob("programs-*.json")

    def no_search(*_: object) -> list:
        raise AssertionError("a text seen in the last build is searched again")

    monkeypatch.setattr(loaders.programs, "find_programs", no_search)
    again = ProgramHits(tmp_path, PROGRAMS)
    assert [again.hits(t) for t in texts] == [first.hits(t) for t in texts]
    monkeypatch.undo()
    # Another set of patterns (a curated program added) has a file of its own; the old one goes.
    (tmp_path / "programs.csv").write_text(
        "program_id,label_en,label_ru,label_kk,metrics,patterns\n"
        "jasyl_el,Jasyl El,Жасыл ел,Жасыл ел,trees_planted,жасыл\\s+ел|jasyl\\s+el\n", encoding="utf-8")
    other = ProgramHits(tmp_path, load_programs(tmp_path))
    assert other.path != saved and other.hits("«Жасыл ел» жобасы") == [(1, "jasyl_el")]
    other.save()
    assert list(tmp_path.glob("programs-*.json")) == [other.path]
    # A damaged file is only a miss.
    other.path.write_text("{not json", encoding="utf-8")
    assert ProgramHits(tmp_path, load_programs(tmp_path)).hits(texts[0]) == find_programs(texts[0], PROGRAMS)


def test_assign_programs_with_remembered_hits_is_the_same(tmp_path: Path) -> None:
    sources = [{"source_id": "a", "title": "Марафон добрых дел: итоги года", "text": "Марафон добрых дел: итоги года\n"
                "В акции приняли участие 2,5 млн человек."}]
    obs = [_obs("a", "В акции приняли участие 2,5 млн человек.", None),
           _obs("a", "После «Марафона добрых дел» в проекте Birgemiz участвовали 20 тысяч волонтёров", None)]
    plain = [dict(o) for o in obs]
    assign_programs(plain, sources, PROGRAMS)
    for _ in range(2):  # the second time from the saved file
        hits = ProgramHits(tmp_path, PROGRAMS)
        remembered = [dict(o) for o in obs]
        assign_programs(remembered, sources, PROGRAMS, hits.hits)
        hits.save()
        assert remembered == plain

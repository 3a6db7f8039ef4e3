"""The analysts' workflow of issue 12 driven in a browser (a Playwright page): a copy of the data to work on,
then add an article, save it, open a group of candidates on Review, make a new metric of it. Shared by
tests/test_browser_workflow.py (which checks every step) and bench/screenshots.py (which photographs them), so
the documentation shows what the test checks. Selectors use widget keys, not labels, so every interface
language works.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PAGE = ROOT / "tests" / "fixtures" / "web" / "food_bank_aktobe.html"
# The sample page's counted noun with no catalog metric, and the metric an analyst makes of it.
SAMPLE_GROUP = ("набор", "items")
SAMPLE_METRIC = {"metric_id": "food_parcels_distributed", "label_en": "Food parcels distributed",
                 "label_ru": "Розданные продуктовые наборы", "label_kk": "Таратылған азық-түлік себеттері"}
SAMPLE_AREA = "Aktobe"
ANALYSTS_FILES = ("metrics.csv", "review.csv", "programs.csv")  # what the pages write into data/curated/


def copy_data(target: Path) -> Path:
    """data/articles and data/curated (without what analysts wrote there) copied to `target` and built there;
    the database's path. The dashboard's Add and Review pages then write into `target`, never into data/."""
    from loaders.build import run

    shutil.copytree(ROOT / "data" / "articles", target / "articles")
    shutil.copytree(ROOT / "data" / "curated", target / "curated", ignore=shutil.ignore_patterns(*ANALYSTS_FILES))
    db = target / "kzvol.duckdb"
    run(db, target / "articles", target / "curated", cache_dir=target / "cache")
    return db


def settled(page) -> None:
    """The script run is over (Streamlit's running indicator is gone)."""
    page.wait_for_selector("[data-testid=stMainBlockContainer]", timeout=60_000)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid=stStatusWidget]", state="detached", timeout=90_000)


def rebuilt(page, n_articles: int, lang: str = "en") -> None:
    """Wait until the page says the background rebuild of `n_articles` articles is over."""
    from metrics.i18n import fmt_number, t

    text = re.escape(t("rebuild_done", lang, n="\0N", f="\0F"))
    text = text.replace("\0N", re.escape(fmt_number(n_articles, lang, compact=False))).replace("\0F", r"[\d\s,.]+")
    page.get_by_text(re.compile(text)).wait_for(timeout=120_000)


def upload(page, url: str, files: list[Path], lang: str = "en") -> None:
    """Open Add and upload the files; wait for their preview."""
    page.goto(f"{url}/?page=add&lang={lang}")
    settled(page)
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files([str(f) for f in files])
    page.locator(".st-key-add_save button").wait_for(timeout=60_000)
    settled(page)


def choose(page, widget: str, option: str | re.Pattern[str]) -> None:
    """Pick an option of a selectbox (`widget`: its CSS selector). The menu is opened again when it closed before
    the option could be clicked (a rerun of the page redraws the widget)."""
    item = page.get_by_role("option").filter(has_text=option)
    for attempt in range(3):
        page.locator(f"{widget} input").click()
        try:
            item.first.wait_for(timeout=5_000)
            item.first.click(timeout=5_000)
            return
        except Exception:  # playwright's TimeoutError: the menu closed; try again
            if attempt == 2:
                raise


def save(page, *, no_wait_after: bool = False) -> None:
    page.locator(".st-key-add_save button").click(no_wait_after=no_wait_after)


def open_group(page, url: str, reviewer: str, noun: str, unit: str, lang: str = "en") -> None:
    """Open Review, type the reviewer's name and pick the group of candidates counting «noun» in `unit`."""
    page.goto(f"{url}/?page=review&lang={lang}")
    settled(page)
    page.locator(".st-key-reviewer_name input").fill(reviewer)
    page.locator(".st-key-reviewer_name input").press("Enter")
    page.locator(".st-key-rv_item").wait_for(timeout=60_000)
    from metrics.i18n import t, unit_label

    group = rf"\[{re.escape(t('queue_candidates', lang))}\] «{re.escape(noun)}» \({re.escape(unit_label(unit, lang))}\)"
    choose(page, ".st-key-rv_item", re.compile(group))
    settled(page)


def fill_new_metric(page, noun: str, unit: str, metric: dict[str, str], kind: str, topic: str | None = None,
                    lang: str = "en") -> None:
    """Open the group's "new metric" form and fill it in (not submitted)."""
    from metrics.i18n import t
    from metrics.pages.review import _group_key

    g = _group_key(noun, unit)
    page.get_by_text(t("review_new_metric", lang)).click()
    page.locator(f".st-key-rv_new_id_{g} input").fill(metric["metric_id"])
    for code in ("en", "ru", "kk"):
        page.locator(f".st-key-rv_new_{code}_{g} input").fill(metric[f"label_{code}"])
    choose(page, f".st-key-rv_new_kind_{g}", re.compile(rf"^{kind} — "))
    if topic is not None:
        page.locator(f".st-key-rv_new_topic_{g} input").fill(topic)


def create_metric(page, lang: str = "en") -> None:
    """Submit the filled "new metric" form."""
    from metrics.i18n import t

    name = re.escape(t("review_create_metric", lang, n="\0")).replace("\0", r"\d+")
    page.get_by_role("button", name=re.compile(name)).click()

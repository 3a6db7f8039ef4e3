"""Real-browser test of the language switch (issue 11, item 1): Streamlit keeps a radio's or a selectbox's value
in the browser as its *label*, so relabelling a widget in place lost the selection and the next click. On
every page, English → Russian must keep the page, the widgets and their selection, relabelled, and the next
click must act on the page the user is on."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

MAIN = "[data-testid=stMainBlockContainer]"



@pytest.fixture(params=[{"width": 1366, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"])
def page(browser, request):
    context = browser.new_context(viewport=request.param)
    pg = context.new_page()
    yield pg
    context.close()


def _checked(page, key: str) -> str:
    """The label of the checked option of the radio with widget key prefix `key`."""
    option = f"[class*='st-key-{key}'] label[data-testid=stRadioOption]:has(input:checked)"
    return page.locator(option).inner_text().strip()


def _switch_language(page, name: str) -> None:
    page.locator("[class*='st-key-w_lang'] input").click()
    page.get_by_role("option", name=name).click()


def _settle(page) -> None:
    page.wait_for_selector("[data-testid=stStatusWidget]", state="detached", timeout=30_000)
    page.wait_for_timeout(600)


PAGE_RU = {"overview": "Обзор", "explore": "Анализ", "sources": "Источники", "data": "Данные", "sql": "SQL"}


@pytest.mark.parametrize("name", list(PAGE_RU))
def test_language_switch_keeps_the_page_and_the_next_click(server: str, page, name: str) -> None:
    page.goto(f"{server}/?page={name}&metrics=volunteers_total&area=KZ")
    page.wait_for_selector(MAIN, timeout=60_000)
    page.wait_for_selector("[class*='st-key-w_page'] label:has(input:checked)", timeout=60_000)
    _settle(page)
    _switch_language(page, "Русский")
    page.wait_for_function("location.search.includes('lang=ru')", timeout=20_000)
    _settle(page)
    assert _checked(page, "w_page") == PAGE_RU[name]
    assert f"page={name}" in page.url
    if name == "explore":
        assert _checked(page, "w_scale") == "Линейная"
        chips = page.locator("[class*='st-key-w_metrics'] [data-tag]:visible").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))")
        assert chips == ["Волонтёры в Казахстане"]
        assert page.locator("[class*='st-key-w_area'] input").input_value() == "Казахстан"
        # The next click acts on this page, not on the overview.
        page.locator("[class*='st-key-w_scale'] [data-testid=stRadioOption]", has_text="Логарифмическая").click()
        page.wait_for_function("location.search.includes('scale=log')", timeout=20_000)
        _settle(page)
        assert "page=explore" in page.url and _checked(page, "w_page") == "Анализ"
    elif name == "data":
        pills = page.locator("[class*='st-key-d_status'] button")
        labels = [b.inner_text().strip() for b in pills.all()]
        assert labels == ["принято", "кандидат", "отклонено"], labels  # all three, relabelled
        assert all(b.is_visible() for b in pills.all())
        status = " ".join(labels)
        assert "accepted" not in status
        assert page.locator("[class*='st-key-d_order'] input").input_value() == "Порядок в статьях"
        page.locator("[class*='st-key-w_page'] [data-testid=stRadioOption]", has_text="Анализ").click()
        page.wait_for_function("location.search.includes('page=explore')", timeout=20_000)
        _settle(page)
        assert _checked(page, "w_page") == "Анализ"
    else:
        # The next click (another page) is not lost either.
        target = "Данные" if name != "data" else "Обзор"
        page.locator("[class*='st-key-w_page'] [data-testid=stRadioOption]", has_text=target).click()
        _settle(page)
        assert _checked(page, "w_page") == target

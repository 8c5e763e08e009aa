"""The Filters panel and the warm-up in a real browser (Debian's chromium, as test_browser.py): the app starts
on a built index and warms up while the page is served (its status line turns to "Ready"); a source and a
start day chosen in the collapsible panel restrict every question, the answer and the passages panel say so,
a filter that keeps no article says the filter excluded everything, a bad day names the fix, and clearing the
panel asks over every article again."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import pytest
from browser_kit import ANSWER_TIMEOUT_MS, REPO, ask, launch, patient, start_ui, stop
from test_browser import _chromium
from test_filters import WIRE

pytestmark = pytest.mark.slow

FERRY = "When does the first island ferry crossing leave?"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Iterator[object]:
    """A page of ui.py serving a built index of the shipped articles plus WIRE (sources and dates)."""
    from playwright.sync_api import sync_playwright

    from qa.build import build_index

    root = tmp_path_factory.mktemp("filters-view")
    corpus = root / "articles"
    shutil.copytree(REPO / "articles", corpus)
    (corpus / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE), encoding="utf-8")
    build_index(corpus, root / "index")  # built: the app starts with the warm-up, not a build
    url, proc = start_ui(root / "index", corpus, root / "ui.log")
    try:
        with sync_playwright() as p:
            browser = launch(p, _chromium())
            page = patient(browser.new_page(viewport={"width": 1400, "height": 1200}))
            page.goto(url)
            yield page
            browser.close()
    finally:
        stop(proc)
    assert "warmed up in" in (root / "ui.log").read_text()


def _wait_text(page, selector: str, text: str) -> None:
    page.wait_for_function("([s, t]) => (document.querySelector(s)?.innerText || '').includes(t)",
                           arg=[selector, text], timeout=ANSWER_TIMEOUT_MS)


def _set_day(page, elem: str, day: str) -> None:
    box = page.locator(f"#{elem} input").first
    box.fill(day)
    box.press("Enter")


def test_warm_up_then_filters_restrict_every_question(page):
    _wait_text(page, "#qa-index", "Ready")  # the warm-up's status line, once the model and index are loaded

    page.get_by_text("Filters").first.click()  # the collapsible panel under the chat
    page.locator("#qa-filter-sources input").first.click()
    page.get_by_role("option", name="Harbour Gazette").click()
    page.keyboard.press("Escape")
    _set_day(page, "qa-filter-since", "2023-03-01")
    answer = ask(page, FERRY).inner_text()
    assert "seven in the morning" in answer
    assert "Filtered: source Harbour Gazette · published since 2023-03-01" in answer
    assert "Harbour Gazette · 2023-03-15" in answer  # the citation's source and day
    passages = page.locator("#qa-passages").inner_text()
    assert "Filtered: source Harbour Gazette" in passages and "Tsugaru" not in passages

    _set_day(page, "qa-filter-since", "2030-01-01")
    answer = ask(page, FERRY).inner_text()
    assert "the filter excludes every one" in answer  # not the generic "The articles do not answer"
    _wait_text(page, "#qa-passages", "the filter excludes every article")

    _set_day(page, "qa-filter-since", "2023-13-45")
    assert "is not a date: write it as YYYY-MM-DD" in ask(page, FERRY).inner_text()

    _set_day(page, "qa-filter-since", "")
    page.locator("#qa-filter-sources button.token-remove, #qa-filter-sources .token-remove").first.click()
    answer = ask(page, "Which islands does the Tsugaru Strait separate?").inner_text()
    assert "Honshu and Hokkaido" in answer and "Filtered" not in answer
    page.screenshot(path=str(REPO / "tests" / "artifacts" / "ui-filters.png"), full_page=True)

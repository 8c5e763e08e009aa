"""The hold of a chat whose answer is on its way in another tab (`qa.ui_chat_coming`), in a browser whose language is
German: Gradio then labels its chat buttons in German ("Wiederholen", "Rückgängig", "Chat leeren"), and the hold must
stop them all the same (the app and page of tests/test_browser_chats.py, a held request making the moment exact).

The labels below are Gradio's German translations, used only to find the buttons as a German user sees them: if
Gradio renames one, the test fails loudly at finding it (`_button`), not silently past a hold that no longer holds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import test_browser_chats as chats
from browser_kit import launch, patient
from test_browser import _chromium
from test_browser_chat_reload import _stored
from test_browser_chat_turns import _asked_elsewhere, _bots
from test_browser_chats import LISTED_MS, PRIGOZHIN, TSUGARU, WAGNER

from qa.ui_chat_coming import WAIT_ID

pytestmark = pytest.mark.slow

served = chats.served  # the app of tests/test_browser_chats.py, for this module
RETRY, UNDO, BIN = "Wiederholen", "Rückgängig", "Chat leeren"  # Gradio's German labels (its i18n, "de")


@pytest.fixture
def tabs(served) -> Iterator[tuple[Any, Any]]:
    """Two tabs of one German browser (one local storage) on the app."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p, _chromium())
        context = patient(browser.new_context(viewport={"width": 1400, "height": 1000}, locale="de-DE"))
        first, second = (context.new_page() for _ in range(2))
        for tab in (first, second):
            tab.goto(served[0])
        yield first, second
        browser.close()


def _button(page: Any, label: str) -> Any:
    """The chat's last button labelled `label`, seen within LISTED_MS (a label Gradio no longer uses fails here)."""
    button = page.locator(f"#qa-chat button[aria-label='{label}']").last
    button.wait_for(timeout=LISTED_MS)
    return button


@pytest.mark.parametrize("label", [RETRY, UNDO, BIN])
def test_a_german_page_holds_retry_undo_and_the_bin_while_the_answer_comes(tabs, served, label):
    """Retry, undo or the bin clicked in the second tab of a German browser while its chat says the answer is on its
    way in the first: nothing is asked, undone or deleted, and the note says to wait (in rot46's code the hold found
    the buttons by their English labels, so a German page asked again, undid or deleted at once); once the answer
    lands, the note goes and the button works: undo takes the turn off."""
    first, second = tabs
    second.wait_for_function("() => document.documentElement.lang === 'de'")  # Gradio's German, once loaded
    hold = _asked_elsewhere(tabs, served)
    _button(second, label).click()
    second.wait_for_timeout(1000)  # time for a question asked again, an undo or a deletion to show
    assert "another tab" in second.locator("#qa-chat").inner_text() and len(_bots(second)) == 1
    assert _stored(second) == [[("user", WAGNER)]]
    second.locator(f"#{WAIT_ID}", has_text="Wait for that answer").wait_for(timeout=LISTED_MS)
    hold.release()
    chats._shows(second, PRIGOZHIN)
    second.locator(f"#{WAIT_ID}", has_text="Wait for").wait_for(state="detached", timeout=LISTED_MS)
    _button(second, UNDO).click()
    second.wait_for_function("() => !document.querySelector(\"#qa-chat [data-testid='bot']\")")


def test_a_german_page_holds_a_follow_up_too(tabs, served):
    """A follow-up sent by Enter and by the send button of a German page while the answer comes elsewhere: held, the
    question kept in the box."""
    first, second = tabs
    hold = _asked_elsewhere(tabs, served)
    box = second.locator("#qa-input textarea")
    box.fill(TSUGARU)
    box.press("Enter")
    second.locator("#qa-input button[data-testid='submit-button']").click()
    second.locator(f"#{WAIT_ID}", has_text="Wait for that answer").wait_for(timeout=LISTED_MS)
    second.wait_for_timeout(1000)
    assert box.input_value() == TSUGARU and len(_bots(second)) == 1
    hold.release()
    chats._shows(second, PRIGOZHIN)

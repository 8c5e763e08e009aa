"""A chat opened in a second tab while its answer is on its way in the first, and a turn undone, in a real browser:
what the chat says is true, the answer lands once, and the saved chat is what the screen shows after a reload (the
app and page of tests/test_browser_chats.py; a held request makes the moment exact)."""

from __future__ import annotations

from typing import Any

import pytest
import test_browser_chats as chats
from browser_kit import ask
from test_browser_chat_reload import _stored
from test_browser_chats import BIN, HONSHU, LISTED_MS, PRIGOZHIN, TSUGARU, WAGNER, Hold

from qa.ui_chat_coming import WAIT_ID
from qa.ui_chat_store import STORAGE_KEY

pytestmark = pytest.mark.slow

served, page, tabs = chats.served, chats.page, chats.tabs  # the same app, a fresh browser on it, two tabs
UNDO = "#qa-chat button[aria-label='Undo']"


def _bots(page: Any) -> list[str]:
    return page.locator("#qa-chat [data-testid='bot']").all_inner_texts()


def _says(page: Any, text: str) -> None:
    """The chat shows `text` within LISTED_MS (the page's own doing: no answer to wait for)."""
    page.wait_for_function("t => document.querySelector('#qa-chat').innerText.includes(t)", arg=text,
                           timeout=LISTED_MS)


def _asked_elsewhere(tabs: tuple[Any, Any], served: Any, question: str = WAGNER) -> Hold:
    """`question` asked in the first tab, its answer held back; the second tab opens its chat."""
    first, second = tabs
    hold = Hold(first, served[1]["answer"])
    chats._type(first, question)
    hold.wait(lambda: hold.held, "the answer")
    chats._listed(second, question).click()
    _says(second, "another tab")
    assert "No answer came" not in second.locator("#qa-chat").inner_text()
    return hold


def test_a_chat_whose_answer_comes_in_another_tab_says_so_and_gets_it(tabs, served):
    """The second tab, showing the chat while the first waits for its answer, says the answer is on its way there
    (in rot43's code: "No answer came", false then), and shows it once it lands: one chat, one answer."""
    first, second = tabs
    hold = _asked_elsewhere(tabs, served)
    hold.release()
    chats._shows(first, PRIGOZHIN)
    chats._shows(second, PRIGOZHIN)
    second.wait_for_function("() => !document.querySelector('#qa-chat').innerText.includes('another tab')")
    assert len(_bots(second)) == 1
    assert [[m[0] for m in c] for c in _stored(second)] == [["user", "assistant"]]
    assert HONSHU in ask(second, TSUGARU).inner_text()  # asked on in the second tab: the answer is its history
    chats._shows(first, WAGNER)
    second.reload()
    chats._listed(second, WAGNER).click()
    chats._shows(second, HONSHU)
    assert len(_bots(second)) == 2 and "another tab" not in second.locator("#qa-chat").inner_text()


def test_a_follow_up_asked_while_the_answer_comes_elsewhere_waits_for_it(tabs, served):
    """A follow-up sent (Enter, then the send button) and retry clicked in the second tab while its chat says the answer
    is on its way in the first: nothing is sent, the box keeps the question and the note under it says to wait (in
    rot44's code the follow-up was saved with the "on its way" line as its chat's answer, and the first tab's answer
    then landed as a chat of its own: two chats); once the answer lands, the note goes and the follow-up asked then is
    answered in the same chat, after the answer it follows: one chat, two turns, in both tabs."""
    first, second = tabs
    hold = _asked_elsewhere(tabs, served)
    box = second.locator("#qa-input textarea")
    box.fill(TSUGARU)
    box.press("Enter")
    second.locator("#qa-input [data-testid='submit-button']").click()
    second.locator("#qa-chat button[aria-label='Retry']").last.click()
    second.locator(f"#{WAIT_ID}", has_text="Wait for that answer").wait_for(timeout=LISTED_MS)
    second.wait_for_timeout(1000)  # time for a question sent to show
    assert box.input_value() == TSUGARU and len(_bots(second)) == 1
    assert _stored(second) == [[("user", WAGNER)]]
    hold.release()
    chats._shows(second, PRIGOZHIN)
    second.locator(f"#{WAIT_ID}", has_text="Wait for").wait_for(state="detached", timeout=LISTED_MS)
    assert HONSHU in ask(second, TSUGARU).inner_text()
    assert PRIGOZHIN in _bots(second)[0] and "another tab" not in second.locator("#qa-chat").inner_text()
    second.wait_for_function("k => JSON.parse(localStorage.getItem(k) || '[]')[0]?.length === 4", arg=STORAGE_KEY,
                             timeout=LISTED_MS)
    assert [[m[0] for m in c] for c in _stored(second)] == [["user", "assistant"] * 2]
    for tab in (second, first):  # each tab lists that one chat
        tab.wait_for_function("s => document.querySelectorAll(s).length === 1", arg=chats.SAVED, timeout=LISTED_MS)


@pytest.mark.parametrize("button", [UNDO, BIN])
def test_undo_and_the_bin_wait_for_the_answer_coming_elsewhere(tabs, served, button):
    """Undo or the bin clicked in the second tab while its chat says the answer is on its way in the first: nothing is
    undone or deleted, and the note under the box says to wait (in rot45's code the chat went from the screen and the
    list at once, and came back, answered, when the answer landed in the first tab: undone or deleted, then not); once
    the answer shows, the same click takes the chat off for good: listed in neither tab, before and after a reload."""
    first, second = tabs
    hold = _asked_elsewhere(tabs, served)
    second.locator(button).last.click()
    second.wait_for_timeout(1000)  # time for an undo or a deletion to show
    assert "another tab" in second.locator("#qa-chat").inner_text()
    assert _stored(second) == [[("user", WAGNER)]]
    second.locator(f"#{WAIT_ID}", has_text="Wait for that answer").wait_for(timeout=LISTED_MS)
    hold.release()
    chats._shows(second, PRIGOZHIN)
    second.locator(f"#{WAIT_ID}", has_text="Wait for").wait_for(state="detached", timeout=LISTED_MS)
    second.locator(button).last.click()
    second.wait_for_function("() => !document.querySelector(\"#qa-chat [data-testid='bot']\")")
    second.wait_for_function("k => JSON.parse(localStorage.getItem(k) || '[]').length === 0", arg=STORAGE_KEY,
                             timeout=LISTED_MS)
    for tab in (first, second):
        chats._saved(tab, WAGNER).wait_for(state="detached", timeout=LISTED_MS)
    first.reload()
    first.wait_for_function("() => document.activeElement?.closest('#qa-input') != null")
    first.wait_for_timeout(1000)  # time for the list to show
    assert chats._saved(first, WAGNER).count() == 0


def test_the_other_tab_reloaded_its_chat_says_no_answer_came(tabs, served):
    """The first tab reloaded while the second shows the chat: the answer will not come, and the second tab says so."""
    first, second = tabs
    _asked_elsewhere(tabs, served)
    first.reload()
    _says(second, "No answer came")
    assert "another tab" not in second.locator("#qa-chat").inner_text()


def test_an_undone_turn_is_gone_from_the_saved_chat(page, served):
    """Undo (Gradio's button on the last question) takes the turn off the screen and off the saved chat: a reload
    shows the chat as it was left (in rot43's code the saved chat kept the turn undone), and undoing its only turn
    leaves no chat listed."""
    assert HONSHU in ask(page, TSUGARU).inner_text()
    assert PRIGOZHIN in ask(page, WAGNER).inner_text()
    chats._listed(page, TSUGARU)
    page.locator(UNDO).last.click()
    page.wait_for_function("t => !document.querySelector('#qa-chat').innerText.includes(t)", arg=PRIGOZHIN)
    page.wait_for_function("k => JSON.parse(localStorage.getItem(k) || '[]')[0]?.length === 2",
                           arg=STORAGE_KEY, timeout=LISTED_MS)
    page.reload()
    chats._listed(page, TSUGARU).click()
    chats._shows(page, HONSHU)
    assert PRIGOZHIN not in page.locator("#qa-chat").inner_text()
    assert _stored(page) == [[("user", TSUGARU), ("assistant", _stored(page)[0][1][1])]]
    page.locator(UNDO).last.click()
    page.wait_for_function("() => !document.querySelector(\"#qa-chat [data-testid='bot']\")")
    page.wait_for_function("k => JSON.parse(localStorage.getItem(k) || '[]').length === 0", arg=STORAGE_KEY,
                           timeout=LISTED_MS)
    page.reload()
    page.wait_for_function("() => document.activeElement?.closest('#qa-input') != null")
    page.wait_for_timeout(1000)
    assert chats._saved(page, TSUGARU).count() == 0

"""An answer that fails with an unexpected error (an exception in the answer function, or in Gradio's handling of what
it gives) while another tab shows its chat, in a real browser: the tab that asked shows Gradio's error as ever, and
the other tab says no answer came instead of waiting for it (the app of tests/test_browser_chats.py, two questions
made to fail)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import test_browser_chats as chats
from test_browser_chat_reload import _stored
from test_browser_chat_turns import _asked_elsewhere, _says
from test_browser_chats import LISTED_MS, WAGNER

from qa.ui_chat_coming import WAIT_ID
from qa.ui_chat_store import ASKING_KEY

pytestmark = pytest.mark.slow

FAILS = "Which question makes the answer fail?"
OUTSIDE = "Which question makes Gradio fail with its answer?"
# ui.py with its answer raising an unexpected error (no QAError, which is a user's error said in the chat) for FAILS,
# and giving the side panel what Gradio cannot show (an int for its Markdown) for OUTSIDE: Gradio's own step after the
# answer function fails, out of that function's reach.
FAILING_UI = f"""import sys, ui
answer_with, answer_turn = ui.answer_with, ui.answer_turn
def failing(index, message, *args, **kwargs):
    if message == {FAILS!r}:
        raise RuntimeError("an unexpected error, made by the test")
    return answer_with(index, message, *args, **kwargs)
def unshowable(message, *args, **kwargs):
    for chat, panel, answer in answer_turn(message, *args, **kwargs):
        yield chat, 0 if message == {OUTSIDE!r} else panel, answer
ui.answer_with, ui.answer_turn = failing, unshowable
sys.exit(ui.main())"""

tabs = chats.tabs  # two tabs of one browser on this module's app


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """`chats.serve` with FAILS failing."""
    yield from chats.serve(tmp_path_factory.mktemp("failing"), FAILING_UI)


def test_an_answer_that_fails_says_no_answer_came_in_the_other_tab(tabs, served):
    """FAILS asked in the first tab, its chat opened in the second while the answer is held back, then the answer
    fails: the first tab shows Gradio's "Error" (as before), its note of the question is taken off, and the second
    tab says no answer came (in rot44's code it said the answer was on its way until the first tab closed); a follow-up
    typed there meanwhile, held, is still in the box, free to send."""
    first, second = tabs
    hold = _asked_elsewhere(tabs, served, FAILS)
    box = second.locator("#qa-input textarea")
    box.fill(WAGNER)  # a follow-up, held while the answer is on its way (`qa.ui_chat_coming`)
    box.press("Enter")
    second.locator(f"#{WAIT_ID}", has_text="Wait for that answer").wait_for(timeout=LISTED_MS)
    hold.release()
    first.locator("#qa-chat").get_by_text("Error", exact=True).wait_for(timeout=LISTED_MS)
    _says(second, "No answer came")
    assert "another tab" not in second.locator("#qa-chat").inner_text()
    second.locator(f"#{WAIT_ID}", has_text="Wait for").wait_for(state="detached", timeout=LISTED_MS)
    assert box.input_value() == WAGNER  # still there, to send now or after a retry
    assert first.evaluate("(k) => JSON.parse(localStorage.getItem(k) || '[]')", ASKING_KEY) == []
    assert _stored(second) == [[("user", FAILS)]]  # the question kept, no answer saved


def test_an_answer_that_fails_outside_its_function_says_no_answer_came_too(tabs, served):
    """OUTSIDE asked in the first tab, its chat opened in the second while the answer is held back, then Gradio fails
    on what the answer function gives (outside that function, so the function's own catch never sees it): the first
    tab shows Gradio's "Error", its note of the question is taken off, and the second tab says no answer came (in
    rot45's code it said the answer was on its way for as long as the first tab stayed open, its note kept fresh)."""
    first, second = tabs
    hold = _asked_elsewhere(tabs, served, OUTSIDE)
    hold.release()
    first.locator("#qa-chat").get_by_text("Error", exact=True).wait_for(timeout=LISTED_MS)
    _says(second, "No answer came")
    assert "another tab" not in second.locator("#qa-chat").inner_text()
    assert first.evaluate("(k) => JSON.parse(localStorage.getItem(k) || '[]')", ASKING_KEY) == []
    assert _stored(second) == [[("user", OUTSIDE)]]

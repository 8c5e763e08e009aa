"""The app lost (stopped, then started again at the same address) while a chat's answer is on its way in one tab and
another tab shows that chat, in a real browser: the other tab stops waiting within a bounded time and says no answer
is coming, keeps what was typed in its question box, and after the app is back still has it; so does a tab showing a
chat whose asking tab froze or crashed (the app of tests/test_browser_chats.py, one question's answer made slow so that
it is surely on its way when the app goes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import test_browser_chats as chats
from browser_kit import REPO, free_port, start_ui, stop
from test_browser_chat_turns import _says
from test_browser_chats import HONSHU, LISTED_MS, PRIGOZHIN, TSUGARU, WAGNER

from qa.ui_chat_coming import WAIT_ID
from qa.ui_chat_store import ASKING_DEAD_S, ASKING_KEY

pytestmark = pytest.mark.slow

SLOW = "Which question is answered slowly?"
# ui.py with SLOW's answer taking ten minutes: it is on its way, in the app, when the app is stopped.
SLOW_UI = f"""import sys, time, ui
answer_with = ui.answer_with
def slow(index, message, *args, **kwargs):
    if message == {SLOW!r}:
        time.sleep(600)
    return answer_with(index, message, *args, **kwargs)
ui.answer_with = slow
sys.exit(ui.main())"""
# The bound on the other tab's wait once the app is gone: the tab that asked finds it gone within its check and the
# app's id fetch (`qa.ui_chat_store.ASKING_CHECK_S`, `ASKING_REACH_S`), the other tab within two of its own checks.
STOPS_WAITING_MS = 45_000

tabs = chats.tabs  # two tabs of one browser on this module's app
# The asking tab frozen (a tab the browser stopped, or one that crashed without leaving the page): none of its timers
# runs again, and its notes are as old as `ASKING_DEAD_S` less `ms` milliseconds.
FREEZE = """([key, ms]) => { const top = setTimeout(() => {}, 0);
  for (let i = 0; i <= top; i++) { clearInterval(i); clearTimeout(i); }
  const notes = JSON.parse(localStorage.getItem(key) || "[]");
  localStorage.setItem(key, JSON.stringify(notes.map((a) => ({ ...a, at: Date.now() - DEAD_MS + ms })))); }"""


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, Path, int]]:
    """(URL, folder, port) of the app with SLOW slow over a copy of the shipped articles; the test stops and restarts
    it at the same port (the `app` dict holds the process running)."""
    import shutil

    root = tmp_path_factory.mktemp("lost")
    shutil.copytree(REPO / "articles", root / "articles")
    port = free_port()
    url, proc = start_ui(root / "index", root / "articles", root / "ui.log", port=port, script=SLOW_UI)
    app["proc"] = proc
    try:
        yield url, root, port
    finally:
        stop(app["proc"])


app: dict[str, Any] = {}


def test_a_chat_whose_asking_tab_froze_stops_waiting(tabs, served):
    """WAGNER asked in the first tab (its queued requests held back: the answer never starts), its chat opened in the
    second; then the first tab freezes, its note of the question left to die: the second tab says no answer came within
    STOPS_WAITING_MS of the note's death, holds nothing, and retry (↻) there answers the question (in rot46's code only
    another tab's write made the second tab look again, so with the first tab frozen it said the answer was on its
    way, and held the chat, to a reload)."""
    first, second = tabs
    held = _asked_there_shown_here(first, second)
    first.evaluate(FREEZE.replace("DEAD_MS", str(ASKING_DEAD_S * 1000)), [ASKING_KEY, 3000])
    _no_answer_came_and_retry_answers(second, STOPS_WAITING_MS)
    assert held, "the first tab's answer was never asked"


def _asked_there_shown_here(first: Any, second: Any) -> list[Any]:
    """WAGNER asked in `first` with its queued requests held back (the answer never starts; returned), its chat opened
    in `second`, which says the answer is on its way in another tab."""
    held: list[Any] = []  # every queued request of the first tab from now on, its answer's with them
    first.route("**/gradio_api/queue/join**", lambda route: held.append(route))
    chats._type(first, WAGNER)
    chats._listed(second, WAGNER).click()
    _says(second, "another tab")
    return held


def _no_answer_came_and_retry_answers(second: Any, within_ms: int) -> None:
    """Within `within_ms`, `second` says no answer came, holds nothing, and retry (↻) there answers WAGNER."""
    second.wait_for_function("() => { const t = document.querySelector('#qa-chat').innerText;"
                             "  return !t.includes('another tab') && t.includes('No answer came'); }",
                             timeout=within_ms)
    second.locator(f"#{WAIT_ID}", has_text="Wait for").wait_for(state="detached", timeout=LISTED_MS)
    second.locator("#qa-chat button[aria-label='Retry']").last.click()
    chats._shows(second, PRIGOZHIN)


# The bound on the other tab's wait once the asking tab crashed: the lock of its notes goes with it (then
# `ASKING_GRACE_S` for a note just written, the other tab's next check, `qa.ui_chat_lost.CHECK_S`, and a round trip to
# the app), far below the `ASKING_DEAD_S` a crashed tab's note held the other tabs for when its age told its death.
CRASH_STOPS_WAITING_MS = 30_000


def _crash(page: Any) -> None:
    """The renderer of `page` killed: no pagehide, unload or timer of the page runs again (a tab that crashed, or whose
    process the system killed). Playwright's `page.close()`, even with run_before_unload=False, and CDP's
    Target.closeTarget close the page the way a user does, pagehide and all; CDP's Page.crash never answers, so the
    call would wait for ever. chrome://kill is Chromium's debug address doing just this to the tab's renderer."""
    from playwright.sync_api import Error

    with page.expect_event("crash"):
        try:
            page.goto("chrome://kill")
        except Error:  # net::ERR_ABORTED: the navigation goes with the renderer
            pass


def test_a_chat_whose_asking_tab_crashed_stops_waiting_at_once(tabs, served):
    """WAGNER asked in the first tab (its queued requests held back: the answer never starts), its chat opened in the
    second; then the first tab's renderer is killed (`_crash`): within CRASH_STOPS_WAITING_MS, not the ASKING_DEAD_S
    of its note's life, the second tab says no answer came, holds nothing, and retry (↻) there answers the question
    (in base47's code the note, told dead by its age alone, held the second tab for up to 90 s)."""
    first, second = tabs
    held = _asked_there_shown_here(first, second)
    assert held, "the first tab's answer was never asked"
    _crash(first)
    _no_answer_came_and_retry_answers(second, CRASH_STOPS_WAITING_MS)


def test_a_chat_whose_answer_was_lost_with_the_app_stops_waiting_and_keeps_the_box(tabs, served):
    """SLOW asked in the first tab, its chat opened in the second (the answer is on its way there) and a follow-up typed
    and held; then the app stops: within STOPS_WAITING_MS the second tab no longer says the answer is on its way but
    that none is coming, holds nothing, and its box still holds the follow-up; the first tab's note of the question is
    off (in rot46's code the first tab kept its note fresh while it stayed open, so the second said the answer was
    coming, and held the chat, until the app was back and the pages reloaded). The app started again, the second tab
    reloaded: the follow-up is still in its box, and the chat opened says no answer came."""
    first, second = tabs
    url, root, port = served
    assert HONSHU in chats.ask(first, TSUGARU).inner_text()  # the index built and loaded: the app answers
    chats._new_chat(first)
    chats._type(first, SLOW)
    chats._listed(second, SLOW).click()
    _says(second, "another tab")
    box = second.locator("#qa-input textarea")
    box.fill(WAGNER)
    box.press("Enter")
    second.locator(f"#{WAIT_ID}", has_text="Wait for that answer").wait_for(timeout=LISTED_MS)
    first.wait_for_timeout(2000)  # the answer under way in the app
    stop(app["proc"])
    second.wait_for_function("() => { const t = document.querySelector('#qa-chat').innerText;"
                             "  return !t.includes('another tab') && t.includes('No answer'); }",
                             timeout=STOPS_WAITING_MS)
    assert box.input_value() == WAGNER
    second.locator(f"#{WAIT_ID}", has_text="Wait for").wait_for(state="hidden", timeout=LISTED_MS)
    assert first.evaluate("(k) => JSON.parse(localStorage.getItem(k) || '[]')", ASKING_KEY) == []
    _, app["proc"] = start_ui(root / "index", root / "articles", root / "again.log", port=port, script=SLOW_UI)
    chats._reload_after_restart(second)
    second.wait_for_function("() => document.activeElement?.closest('#qa-input') != null")
    second.wait_for_function("(q) => document.querySelector('#qa-input textarea')?.value === q", arg=WAGNER,
                             timeout=LISTED_MS)
    chats._listed(second, SLOW).click()
    _says(second, "No answer came")
    assert box.input_value() == WAGNER

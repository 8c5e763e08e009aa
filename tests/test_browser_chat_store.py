"""qa/ui_chat_store.py's `LANDED_JS` and `ASKED_JS`, run in a real browser (no app): the page puts an answered chat,
or a chat with the question just asked, in the saved list exactly where `qa.ui_chats.kept` would (told the place of the
chat a retried answer replaces, else no place), so the save Gradio runs after it finds it saved as it is. And its
`liveAsking`: which notes of questions asked in other tabs are live, told by their tab's Web Lock and their age."""

from __future__ import annotations

from typing import Any

import pytest
from browser_kit import launch
from test_browser import _chromium
from test_ui_chats import TSUGARU, WAGNER, WAGNER2, _chat

from qa.ui_chats import kept

pytestmark = pytest.mark.slow

PENDING = [*WAGNER2[:3], {"role": "assistant", "content": "Searching the articles…"}]
PLAIN = [{"role": m["role"], "content": m["content"][0]["text"]} for m in WAGNER]  # content as a string
AGAIN = _chat(("Who leads Wagner?", "Yevgeny Prigozhin."))  # WAGNER's question answered again (Gradio's retry)
CASES = [  # (the chat answered, the saved list)
    (WAGNER, []), (TSUGARU, [WAGNER]), (WAGNER2, [TSUGARU, WAGNER]), (WAGNER2, [WAGNER, WAGNER2]),
    (WAGNER2, [TSUGARU, WAGNER2[:3]]), (WAGNER2, [PENDING, TSUGARU]), (WAGNER, [TSUGARU, WAGNER2]),
    (WAGNER2, [PLAIN]), (WAGNER2, [[], WAGNER]), (WAGNER2, [WAGNER, TSUGARU, WAGNER2[:3]]), ([], [WAGNER]),
]
RETRIED = [  # (the chat answered again, the saved list, the chat shown when retry was clicked)
    (AGAIN, [TSUGARU, WAGNER], WAGNER), (AGAIN, [TSUGARU, PLAIN], WAGNER), (AGAIN, [WAGNER[:1], WAGNER], WAGNER),
    (AGAIN, [TSUGARU], WAGNER), (AGAIN, [TSUGARU, WAGNER[:1]], [*WAGNER[:1], *TSUGARU[1:]]),
    (AGAIN, [AGAIN, WAGNER], WAGNER), (WAGNER2, [WAGNER2[:3], TSUGARU], [*WAGNER2[:3], *TSUGARU[1:]]),
]


def _said(chat: Any) -> list[tuple[str, str]]:
    return [(m["role"], m["content"] if isinstance(m["content"], str) else m["content"][0]["text"]) for m in chat]


def _hint(saved: list[Any], was: Any) -> int | None:
    return next((i for i, chat in enumerate(saved) if _said(chat) == _said(was)), None)


def test_the_page_lands_a_chat_where_kept_puts_it():
    from playwright.sync_api import sync_playwright

    from qa.ui_chat_store import ASKED_JS, LANDED_JS

    asked = [(WAGNER, []), (WAGNER, [WAGNER]), ([], [TSUGARU, WAGNER]), (WAGNER2[:2], [TSUGARU, WAGNER2]),
             (WAGNER, [TSUGARU, WAGNER2[:3]]), (PLAIN, [TSUGARU, WAGNER])]  # (the chat shown, the saved list)
    question = WAGNER2[2]["content"][0]["text"]
    with sync_playwright() as p:
        browser = launch(p, _chromium())
        page = browser.new_page()
        landed: list[Any] = page.evaluate(
            f"(cases) => cases.map(([chat, saved, was]) => ({LANDED_JS})({{chat, was}}, saved)[0] ?? null)",
            [[chat, saved, None] for chat, saved in CASES] + [list(case) for case in RETRIED])
        placed: list[Any] = page.evaluate(
            f"([cases, q]) => cases.map(([chat, saved]) => ({ASKED_JS})(q, chat, saved)[0] ?? null)", [asked, question])
        blank = page.evaluate(f"(saved) => ({ASKED_JS})('  ', [], saved)[0] ?? null", [TSUGARU])
        browser.close()
    assert landed == [kept(chat, saved)[1] for chat, saved in CASES] + [
        kept(chat, saved, _hint(saved, was))[1] for chat, saved, was in RETRIED]
    assert [_said(chat) for chat in landed[len(CASES):][0]] == [_said(TSUGARU), _said(AGAIN)]  # in the retried's place
    assert [chat and [_said(c) for c in chat] for chat in placed] == [
        chat and [_said(c) for c in chat] for chat in (
            kept([*shown, {"role": "user", "content": question}], saved)[1] for shown, saved in asked)]
    assert placed[0] == [[*WAGNER, {"role": "user", "metadata": None, "content": [{"text": question, "type": "text"}],
                                    "options": None}]]  # as the chat shows a message (qa.ui_chats._as_shown)
    assert blank is None  # an empty question saves nothing


# Notes of other tabs, each (its tab, seconds old, whether it names its tab's lock), read by `liveAsking` while this
# page holds the lock of tab "held" (as that tab would), and none of tab "gone" (a tab crashed: its lock went with it).
NOTES = [("held", 60, True), ("held", 95, True), ("gone", 1, True), ("gone", 10, True), ("old", 60, False)]
LIVE = """async ([notes, store, lock]) => { HELPERS
  await new Promise((granted) => navigator.locks.request(lock + "held", () => {
    granted(); return new Promise(() => {}); }));
  localStorage.setItem(store, JSON.stringify(notes.map(([tab, s, locked], i) => ({ key: String(i), tab,
    at: Date.now() - s * 1e3, ...(locked && { lock: lock + tab }) }))));
  const live = (await liveAsking()).map((a) => Number(a.key));
  asking([]); return [live, JSON.parse(localStorage.getItem(store)).at(-1).lock === lock + tab]; }"""


def test_a_note_lives_while_its_tabs_lock_is_held():
    """A note naming its tab's lock is live while that lock is held (up to ASKING_DEAD_S old, as every note), dead at
    once when nobody holds it, unless younger than ASKING_GRACE_S (written before its lock was granted); a note naming
    no lock (Web Locks missing) lives by its age alone. A note written here names this tab's lock."""
    from playwright.sync_api import sync_playwright

    from qa.ui_chat_store import ASKING_KEY, ASKING_LOCK, HELPERS

    url = "http://127.0.0.1:9/"  # a secure context (Web Locks exist there), served by the route below, not the net
    with sync_playwright() as p:
        browser = launch(p, _chromium())
        page = browser.new_page()
        page.route(url, lambda route: route.fulfill(body="<html><body></body></html>", content_type="text/html"))
        page.goto(url)
        live, named = page.evaluate(LIVE.replace("HELPERS", HELPERS), [NOTES, ASKING_KEY, ASKING_LOCK])
        browser.close()
    assert live == [0, 2, 4]
    assert named

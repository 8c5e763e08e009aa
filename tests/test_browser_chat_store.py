"""qa/ui_chat_store.py's `LANDED_JS`, run in a real browser (no app): the page puts an answered chat in the saved list
exactly where `qa.ui_chats.kept`, told no place, would, so the save Gradio runs after it finds it saved as it is."""

from __future__ import annotations

from typing import Any

import pytest
from browser_kit import launch
from test_browser import _chromium
from test_ui_chats import TSUGARU, WAGNER, WAGNER2

from qa.ui_chats import kept

pytestmark = pytest.mark.slow

PENDING = [*WAGNER2[:3], {"role": "assistant", "content": "Searching the articles…"}]
PLAIN = [{"role": m["role"], "content": m["content"][0]["text"]} for m in WAGNER]  # content as a string
CASES = [  # (the chat answered, the saved list)
    (WAGNER, []), (TSUGARU, [WAGNER]), (WAGNER2, [TSUGARU, WAGNER]), (WAGNER2, [WAGNER, WAGNER2]),
    (WAGNER2, [TSUGARU, WAGNER2[:3]]), (WAGNER2, [PENDING, TSUGARU]), (WAGNER, [TSUGARU, WAGNER2]),
    (WAGNER2, [PLAIN]), (WAGNER2, [[], WAGNER]), (WAGNER2, [WAGNER, TSUGARU, WAGNER2[:3]]), ([], [WAGNER]),
]


def test_the_page_lands_a_chat_where_kept_puts_it():
    from playwright.sync_api import sync_playwright

    from qa.ui_chat_store import LANDED_JS

    with sync_playwright() as p:
        browser = launch(p, _chromium())
        page = browser.new_page()
        landed: list[Any] = page.evaluate(f"(cases) => cases.map(([chat, saved]) => ({LANDED_JS})(chat, saved)[0]"
                                          " ?? null)", CASES)
        browser.close()
    assert landed == [kept(chat, saved)[1] for chat, saved in CASES]

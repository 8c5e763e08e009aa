"""A reload (the user's, or the tab's own) before an answer ends, and right after a retried answer shows, in a real
browser: the question asked is in the saved chats, and so is the answer retried (the app and page of
tests/test_browser_chats.py; a held request or the page reloading itself makes the moment exact)."""

from __future__ import annotations

from typing import Any

import pytest
import test_browser_chats as chats
from browser_kit import ANSWER_TIMEOUT_MS, PENDING, ask
from test_browser_chats import HONSHU, PRIGOZHIN, RELOAD_ON_ANSWER, TSUGARU, WAGNER, Hold

from qa.ui_chat_store import STORAGE_KEY

pytestmark = pytest.mark.slow

served, page = chats.served, chats.page  # the same app and a fresh browser on it, for this module
UNTIL = "#qa-filter-until input"
# The page's stream of Gradio messages stops after the answer's first progress line (the rest of the answer never
# reaches the page: a slow answer, exactly), and the page reloads itself `chats.RELOAD_MS` after that line shows.
STALL_AFTER_PENDING = """(pending) => { const re = new RegExp(pending.slice(1, -1)), real = window.fetch;
  window.fetch = async (...args) => { const r = await real(...args);
    if (!String(args[0]?.url ?? args[0]).includes("/queue/data") || !r.body) return r;
    const reader = r.body.getReader(), dec = new TextDecoder(), enc = new TextEncoder(); let buf = "", stalled = false;
    const body = new ReadableStream({ async pull(out) { for (;;) {
      if (stalled) return new Promise(() => {});
      const { done, value } = await reader.read();
      if (done) { out.close(); return; }
      buf += dec.decode(value, { stream: true });
      const events = buf.split("\\n\\n"), sent = []; buf = events.pop();
      for (const e of events) { sent.push(e + "\\n\\n"); if (re.test(e)) { stalled = true; break; } }
      if (sent.length) { out.enqueue(enc.encode(sent.join(""))); return; } } } });
    return new Response(body, { status: r.status, statusText: r.statusText, headers: r.headers }); }; }"""
RELOAD_ON_PENDING = """([pending, ms]) => { const re = new RegExp(pending.slice(1, -1));
  new MutationObserver((_, seen) => { const b = document.querySelectorAll("#qa-chat [data-testid='bot']");
    if (b.length && re.test(b[b.length - 1].innerText)) { seen.disconnect(); setTimeout(() => location.reload(), ms); }
  }).observe(document.body, {subtree: true, childList: true, characterData: true}); }"""


def _stored(page: Any) -> list[list[tuple[str, str]]]:
    """The saved chats in local storage, each message as (role, text)."""
    stored = page.evaluate("(key) => JSON.parse(localStorage.getItem(key) || '[]')", STORAGE_KEY)
    return [[(m["role"], "".join(p.get("text", "") for p in m["content"]) if isinstance(m["content"], list)
              else str(m["content"])) for m in chat] for chat in stored]


def _until(page: Any, day: str) -> None:
    """"Published until" set to `day`, and the box seen holding it."""
    box = page.locator(UNTIL).first
    box.fill(day)
    box.press("Enter")
    page.wait_for_function("([s, d]) => document.querySelector(s)?.value === d", arg=[UNTIL, day])


def _retry(page: Any) -> None:
    page.locator("#qa-chat button[aria-label='Retry']").last.click()


def test_a_reload_before_the_answer_starts_keeps_the_question(page, served):
    """A question asked in a chat of one turn, the page reloaded while its answer waits to start: the chat is saved up
    to the question, which shows unanswered when the chat is opened, and retry answers it in that chat."""
    assert HONSHU in ask(page, TSUGARU).inner_text()
    chats._listed(page, TSUGARU)
    hold = Hold(page, served[1]["answer"])
    chats._type(page, WAGNER)
    hold.wait(lambda: hold.held, "the answer")
    page.reload()
    chats._listed(page, TSUGARU)
    chat = _stored(page)
    assert [[m[0] for m in c] for c in chat] == [["user", "assistant", "user"]] and chat[0][2] == ("user", WAGNER)
    chats._saved(page, TSUGARU).click()
    chats._shows(page, "No answer came")
    _retry(page)
    chats._shows(page, PRIGOZHIN)
    page.wait_for_function("k => JSON.parse(localStorage.getItem(k) || '[]')[0]?.length === 4", arg=STORAGE_KEY)
    chat = _stored(page)
    assert len(chat) == 1 and chat[0][2] == ("user", WAGNER) and PRIGOZHIN in chat[0][3][1]


def test_a_reload_while_the_answer_streams_keeps_the_question(page, served):
    """The page reloaded while the answer streams (its progress line shown, the rest on its way), in a new chat: the
    question is saved, alone: no progress line is saved as its answer."""
    page.evaluate(STALL_AFTER_PENDING, PENDING)
    page.evaluate(RELOAD_ON_PENDING, [PENDING, chats.RELOAD_MS])
    with page.expect_navigation(timeout=ANSWER_TIMEOUT_MS):
        chats._type(page, WAGNER)
    chats._listed(page, WAGNER)
    chat = _stored(page)
    assert chat == [[("user", WAGNER)]]


def test_a_reload_as_a_retried_answer_shows_keeps_it(page, served):
    """A question answered under a filter that keeps no article, the filter cleared and the answer retried, the page
    reloaded the moment the retried answer shows: the saved chat holds the retried answer, in place of the first."""
    # The app loaded first (its question box focused, as on every load): a box filled while the page still mounts can
    # lose its value, and the question is then asked unfiltered (seen once, beside a benchmark at load 7).
    page.wait_for_function("() => document.activeElement?.closest('#qa-input') != null", timeout=ANSWER_TIMEOUT_MS)
    page.get_by_text("Filters").first.click()
    _until(page, "2000-01-01")
    assert "the filter excludes every one" in ask(page, TSUGARU).inner_text()
    chats._listed(page, TSUGARU)
    _until(page, "")
    page.evaluate(RELOAD_ON_ANSWER, [PENDING, HONSHU, chats.RELOAD_MS])
    with page.expect_navigation(timeout=ANSWER_TIMEOUT_MS):
        _retry(page)
    chats._listed(page, TSUGARU)
    chat = _stored(page)
    assert len(chat) == 1 and [m[0] for m in chat[0]] == ["user", "assistant"] and HONSHU in chat[0][1][1], chat

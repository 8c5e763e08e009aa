"""A saved chat whose answer was on its way in another tab when that tab lost the app (its connection dropped, the app
stopped or restarted) or went without a word (crashed, killed): the tab showing it stops waiting and says the answer is
not coming, and nothing typed is lost to the reload Gradio makes once the app is back.

The tab that asked takes its note of the question off as soon as the app no longer answers it (`qa.ui_chat_store`'s
check); a note is dead at once when its tab is gone (its Web Lock goes with it: `qa.ui_chat_store.ASKING_LOCK`), or
past its life unrefreshed (a tab frozen). But the tab showing the line (`qa.ui_chat_coming.COMING`) heard of a note
taken off only through the browser's storage event, and then only by a round trip to the app, which may be the very
app that is gone, and of a note dead by no event at all: it said the answer was coming, and held the chat, until a
reload. So that tab checks for itself, every `CHECK_S` while it shows the line: no live note of another tab for that
question (`liveAsking`) and no answer landed means no answer is coming. It then lets go of the chat
(`window.qaAnswerLost`, read by the hold) and asks the app to say so (the hidden refresh: the line becomes
`qa.ui_chats.UNANSWERED`); a check later, the line still shown means the app is out of reach too, and the page says it
itself (`LOST`, written in place of the line till the page reloads). Gradio reloads every tab once the app is back; the
question box's text is kept across a reload (`DRAFT_KEY`, this tab's session storage), so a follow-up typed while
the answer was awaited is still there to send.
"""

from __future__ import annotations

import json
from typing import Any

from gradio.context import get_blocks_context

from qa.ui_chat_coming import COMING, WAIT_ID
from qa.ui_chat_store import HELPERS, REFRESH_ID

CHECK_S = 3
# Said in place of the line when the app cannot be asked to change the chat (it is out of reach of this tab too).
LOST = ("⚠️ No answer is coming: the tab that asked lost its connection to the app before its answer came. Once "
        "the app is back (this page reloads then), open this chat and retry (↻); what you typed stays in the box.")
DRAFT_KEY = "article-qa:draft"

# Each change of the chat shown notes the chat up to its question while its last message is the line; the first run
# starts the check (see the module's docstring).
_WATCH_JS = f"""(chat) => {{ {HELPERS} const coming = {json.dumps(COMING)}, lost = {json.dumps(LOST)};
  window.qaComingAsked = said((chat || []).slice(-1))[0] === "assistant:" + coming ? chat.slice(0, -1) : null;
  if (!window.qaWatching) {{ window.qaWatching = true;
    setInterval(async () => {{ const asked = window.qaComingAsked; if (!asked) return;
      if (await askedElsewhere(asked) || window.qaComingAsked !== asked || landedAnswer(asked)) return;
      if (!window.qaAnswerLost) {{ window.qaAnswerLost = true;
        document.querySelector("#{REFRESH_ID}")?.click(); return; }}
      const walk = document.createTreeWalker(document.querySelector("#qa-chat"), NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t; t = walk.nextNode())
        if (t.nodeValue.includes(coming)) t.nodeValue = t.nodeValue.replace(coming, lost);
      const note = document.querySelector("#{WAIT_ID}"); if (note) note.style.display = "none";
    }}, {CHECK_S} * 1e3); }}
  return [];
}}"""

# On load: the question box gets back what it held when this tab last left the page (a reload), unless it holds text.
_DRAFT_JS = f"""() => {{ const box = () => document.querySelector("#qa-input textarea");
  if (!window.qaDrafting) {{ window.qaDrafting = true;
    window.addEventListener("pagehide", () => {{ const text = box()?.value;
      try {{ if (text) sessionStorage.setItem("{DRAFT_KEY}", text); else sessionStorage.removeItem("{DRAFT_KEY}"); }}
      catch (e) {{}} }}); }}
  let draft = null;
  try {{ draft = sessionStorage.getItem("{DRAFT_KEY}"); sessionStorage.removeItem("{DRAFT_KEY}"); }} catch (e) {{}}
  return [draft && !box()?.value ? draft : undefined];
}}"""


def stop_waiting_when_lost(chatbot: Any, textbox: Any) -> None:
    """The chat shown stops waiting for an answer that can no longer come (`_WATCH_JS`), and the question box keeps
    its text across a reload (`_DRAFT_JS`): see the module's docstring."""
    chatbot.change(None, chatbot, None, js=_WATCH_JS, queue=False, show_progress="hidden")
    get_blocks_context().root_block.load(None, None, textbox, js=_DRAFT_JS)  # the page's: a nested one never fires

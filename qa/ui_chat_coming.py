"""A saved chat shown while its answer is on its way in another tab of the browser: the line said in place of the
answer (`COMING`), and the page holding a follow-up, undo and the bin until that answer lands (`hold_while_coming`).

Asked on while the line shows, a follow-up was saved with the line as the answer before it, and the other tab's answer
then landed as a chat of its own: two chats, and the follow-up answered without the answer it follows. The box could
instead send it and have the answer fill its turn when it lands, but the follow-up would still be answered without
that answer (follow-ups read the conversation: "How long can they loiter?"), and its chat would hold two questions in
a row until then. So the page does what a careful user would: while the line shows it sends nothing (Enter, the send
button and retry (↻) are held), keeps the question in the box (nothing typed is lost) and says to send it once the
answer shows. The answer then lands in the chat, the note goes, and the question sent is answered after it.

Undo and the bin there took the chat off the screen and the list at once, and the other tab's answer brought it back,
answered, when it landed: undone or deleted, then not. Made to stick, they would drop an answer the user is waiting for
in that tab, unsaid. So they are held too, under the same note, and work as ever once the answer shows.
"""

from __future__ import annotations

import html
import json

import gradio as gr

# Said in place of the answer while another tab of the browser waits for it (`qa.ui_chat_store.ASKING_KEY`): it replaces
# this line once it lands there, and `qa.ui_chats.UNANSWERED` does if that tab goes first or the answer fails there.
COMING = "⏳ The answer is on its way in another tab of this browser: it shows here once it lands there."
# Said under the question box while the line shows.
WAIT = ("Wait for that answer before going on in this chat: until it shows here, your question stays in the box (asked "
        "now, it would be answered without it), and undo and the bin do nothing (the answer would bring back what "
        "they took off when it lands).")
WAIT_ID = "qa-wait"
_NOTE = f"<p>{html.escape(WAIT)}</p>"
# What the hold stops while the line shows: the send button, and retry (↻), undo and the bin (Enter in the box too).
_HELD = ", ".join(["#qa-input [data-testid='submit-button']",
                   *(f"#qa-chat button[aria-label='{label}']" for label in ("Retry", "Undo", "Clear"))])

# Each change of the chat shown: the note says WAIT while the chat's last message is the line, else nothing; the first
# run installs the hold. A send (Enter in the box, its send button, retry), undo or the bin is held while the chat shown
# ends with the line, as the page shows it at that moment (`_HELD`), and the note blinks to say why.
_HOLD_JS = f"""(chat) => {{ const coming = {json.dumps(COMING)};
  const shows = () => {{ const bots = document.querySelectorAll("#qa-chat [data-testid='bot']");
    return !!bots.length && bots[bots.length - 1].innerText.includes(coming); }};
  if (!window.qaHolding) {{ window.qaHolding = true;
    const hold = (e) => {{ const t = e.target;
      const send = e.type === "keypress" ? e.key === "Enter" && !e.shiftKey && t.matches?.("#qa-input textarea")
        : t.closest?.({json.dumps(_HELD)});
      if (!send || !shows()) return;
      e.preventDefault(); e.stopImmediatePropagation();
      document.querySelector("#{WAIT_ID}")?.animate([{{ opacity: 0.2 }}, {{ opacity: 1 }}], 700); }};
    window.addEventListener("keypress", hold, true); window.addEventListener("click", hold, true); }}
  const last = (chat || []).at(-1), parts = Array.isArray(last?.content) ? last.content : [last?.content];
  const said = parts.map((p) => p?.text ?? String(p ?? "")).join("\\n");
  return [last?.role === "assistant" && said === coming ? {json.dumps(_NOTE)} : ""];
}}"""


def waiting_note() -> gr.HTML:
    """The note under the question box (empty but while a chat's answer is on its way in another tab)."""
    return gr.HTML("", elem_id=WAIT_ID, container=False, padding=False)


def hold_while_coming(chatbot: gr.Chatbot, note: gr.HTML) -> None:
    """While the chat shown says its answer is on its way in another tab, no question is sent from it, no turn undone
    and the chat not binned (`_HOLD_JS`)."""
    chatbot.change(None, chatbot, note, js=_HOLD_JS, queue=False, show_progress="hidden")

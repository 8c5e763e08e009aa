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
# What the hold stops while the line shows: every button of the chat (retry ↻, undo, the bin, whatever Gradio adds)
# but those that only copy, and every button of the question box but the stop button (Enter in the box too). Found by
# the elem ids this app gives, never by a button's label: Gradio translates those into the browser's language
# ("Wiederholen", "Rückgängig", "Chat leeren" in German), so a hold by label stopped nothing there, nor after a rename.
# The buttons freed are named by Gradio's (English, untranslated) copy labels and test id: renamed, they are held
# too, which only delays a copy or a stop till the answer lands (a hold that fails stops too much, never too little).
_HELD = "#qa-chat button, #qa-input button"
_FREE = ("#qa-input [data-testid='stop-button'], #qa-chat button[aria-label^='Copy'], "
         "#qa-chat button[aria-label^='Copied'], #qa-copy, #qa-copy button")

# Each change of the chat shown: the page notes whether the chat ends with the line (`window.qaComing`, read from the
# chat itself, not from Gradio's markup), the note says WAIT while it does, else nothing; the first run installs the
# hold. A send (Enter in the box, a button of the box), or a button of the chat is held while the chat shown ends with
# the line and its answer is not known lost (`window.qaAnswerLost`, `qa.ui_chat_lost`), and the note blinks to say why.
_HOLD_JS = f"""(chat) => {{ const coming = {json.dumps(COMING)};
  if (!window.qaHolding) {{ window.qaHolding = true;
    const hold = (e) => {{ const t = e.target;
      const send = e.type === "keypress" ? e.key === "Enter" && !e.shiftKey && t.matches?.("#qa-input textarea")
        : t.closest?.({json.dumps(_HELD)}) && !t.closest({json.dumps(_FREE)});
      if (!send || !window.qaComing || window.qaAnswerLost) return;
      e.preventDefault(); e.stopImmediatePropagation();
      document.querySelector("#{WAIT_ID}")?.animate([{{ opacity: 0.2 }}, {{ opacity: 1 }}], 700); }};
    window.addEventListener("keypress", hold, true); window.addEventListener("click", hold, true); }}
  const last = (chat || []).at(-1), parts = Array.isArray(last?.content) ? last.content : [last?.content];
  const said = parts.map((p) => p?.text ?? String(p ?? "")).join("\\n");
  window.qaComing = last?.role === "assistant" && said === coming; window.qaAnswerLost = false;
  document.querySelector("#{WAIT_ID}")?.style.removeProperty("display");
  return [window.qaComing ? {json.dumps(_NOTE)} : ""];
}}"""


def waiting_note() -> gr.HTML:
    """The note under the question box (empty but while a chat's answer is on its way in another tab)."""
    return gr.HTML("", elem_id=WAIT_ID, container=False, padding=False)


def hold_while_coming(chatbot: gr.Chatbot, note: gr.HTML) -> None:
    """While the chat shown says its answer is on its way in another tab, no question is sent from it, no turn undone
    and the chat not binned (`_HOLD_JS`)."""
    chatbot.change(None, chatbot, note, js=_HOLD_JS, queue=False, show_progress="hidden")

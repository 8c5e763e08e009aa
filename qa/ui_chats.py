"""The chat's saved conversations (Gradio's `save_history`, in the browser's local storage), kept whatever the order of
the page's events.

Gradio saves a conversation by events chained after the answer's, and "New chat" or a click on a saved chat resets the
chat by events of its own; in Gradio's code the two race: a save that runs after the reset reads an empty chat and the
conversation is never listed, and one answered after it points the new chat at the old one's place, so the new chat's
first save overwrites it. In `KeptChatInterface` leaving a chat saves it first (`keep_on_leaving`, whose events the page
runs before Gradio's reset), an example's events end with a save as Gradio's other events do (in Gradio's code they end
with none), and every save finds its place by content (`kept`): it never writes an empty chat, and never over a
conversation it does not continue. The bin deletes the chat it showed, found by content too (`shown_at`): a save
answered between "New chat"'s two steps leaves a stale place, which in Gradio's code the bin deleted. Every question is
put in the list by the page as it is asked, its chat saved up to it (`ASKED_JS`), so a reload or a closed tab before its
answer ends keeps it (the chat opened then says it has no answer, and retry asks it again: `UNANSWERED`; an answer goes
with the page that asked it, since Gradio stops answering a page that is gone). Opened in another tab while its answer
is on its way, the chat says so (`COMING`), holds a follow-up, undo and the bin till then (`qa.ui_chat_coming`), and
shows the answer once it lands (`_told`, `told_js`), or says none is coming once that tab loses the app
(`qa.ui_chat_lost`); a chat left before its answer came lands its answer there, never in the chat shown (`_stream_fn`,
`qa.ui_chat_turns`). Every answered chat is put in the list by the page itself, told with the answer's last chunk
(`with_last`, `landed`), no round trip behind the answer, so a reload once it shows keeps the turn; a retried answer
lands in place of the answer it replaces. Gradio's save after it then finds it saved. Undo (Gradio's button on the last
question) takes the turn off the saved chat as it takes it off the screen (`UNDONE_JS`): in Gradio's code the save found
the chat undone an earlier state of a saved one, and kept the turn, so a reload showed it again. The list is kept in the
browser as `qa.ui_chat_store` says: plain JSON shared by the app's tabs, deletions recorded, each tab refreshed when
another writes.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

import gradio as gr
from gradio.context import get_blocks_context
from gradio.events import Dependency

from qa.ui_chat_coming import COMING, hold_while_coming, waiting_note
from qa.ui_chat_events import answering, example_synced
from qa.ui_chat_lost import stop_waiting_when_lost
from qa.ui_chat_store import ASKED_JS, BIN_JS, ENDED_JS, LANDED_JS, RETRIED_JS, SHOWN_JS, UNDONE_JS, told_js, wire
from qa.ui_chat_turns import Turns, with_last

Message = Mapping[str, Any]
# A saved chat opened whose last question has no answer (its question is saved as it is asked; the page was reloaded,
# closed or cut off from the app before the answer came, or the answer failed): said under it, in the chat shown, where
# Gradio's retry button asks it again. An answer is the page's: Gradio stops answering a page that is gone, so none is
# kept for a page opened later.
UNANSWERED = ("⚠️ No answer came: the page that asked was reloaded, closed or cut off from the app before its answer "
              "was done (an answer goes with its page), or the answer failed with an error. Retry (↻) asks the "
              "question again.")

def _said(message: Message) -> tuple[str, str]:
    """(role, text) of a chat message, its content a string or Gradio's list of parts."""
    content = message.get("content")
    parts = content if isinstance(content, list) else [content]
    text = "\n".join(str(p.get("text", p.get("file", p))) if isinstance(p, Mapping) else str(p) for p in parts)
    return str(message.get("role")), text


def _as_shown(message: Message) -> dict[str, Any]:
    """`message` as the chat shows it (and saves it): its content a list of text parts, not a bare string."""
    content = message.get("content")
    text = [{"text": content, "type": "text"}] if isinstance(content, str) else content
    return {"role": message.get("role"), "metadata": message.get("metadata"), "content": text,
            "options": message.get("options")}


def _starts(conversation: Sequence[Message], prefix: Sequence[Message]) -> bool:
    return len(prefix) <= len(conversation) and all(
        _said(a) == _said(b) for a, b in zip(prefix, conversation[:len(prefix)], strict=True))


def _asked(conversation: Sequence[Message]) -> int:
    """The length of `conversation` up to and with its last user message (0 if none)."""
    return max((i + 1 for i, m in enumerate(conversation) if m.get("role") == "user"), default=0)


def place(conversation: Sequence[Message], saved: Sequence[Sequence[Message]], hint: int | None = None) -> int | None:
    """The index of the saved chat `conversation` is a later state of: one it continues (`hint` first, else the
    longest), else the `hint`'s chat answered again (Gradio's retry); None when it is a new chat."""
    grown = [i for i, chat in enumerate(saved) if chat and _starts(conversation, chat)]
    if hint in grown:
        return hint
    if grown:
        return max(grown, key=lambda i: len(saved[i]))
    if hint is not None and 0 <= hint < len(saved) and saved[hint]:
        asked = _asked(conversation)
        if asked and _asked(saved[hint]) == asked and _starts(saved[hint], conversation[:asked]):
            return hint
    return None


def kept(conversation: Sequence[Message], saved: Sequence[Sequence[Message]] | None, hint: int | None = None, *,
         first: bool = True) -> tuple[int | None, list[list[Message]] | None]:
    """(index, saved chats) with `conversation` kept: in the place of the chat it continues, already there, or new,
    first in the list (else last: no other chat moves); the saved chats are None when nothing changed (an empty chat,
    one saved as it is, or a shorter state of a saved one: nothing is overwritten by less)."""
    saved = [list(chat) for chat in saved or []]
    if not conversation:
        return hint, None
    at = place(conversation, saved, hint)
    longer = [i for i, chat in enumerate(saved) if _starts(chat, conversation)]
    same = [i for i in longer if len(saved[i]) == len(conversation)]  # saved as it is: the page may have put it
    if same:  # beside a chat saved the same (`qa.ui_chat_store.LANDED_JS`, told no place), and it stays there
        return at if at in same else same[0], None
    if at is None and longer:
        return longer[0], None
    if at is None:
        return (0, [list(conversation), *saved]) if first else (len(saved), [*saved, list(conversation)])
    saved[at] = list(conversation)
    return at, saved


def shown_at(shown: Sequence[Message], saved: Sequence[Sequence[Message]] | None,
             hint: int | None = None) -> int | None:
    """The index of the saved chat `shown` is a state of (the bin's chat: the one it is or continues, `hint` first,
    else one continuing it), None when none is: a stale `hint` alone never names it."""
    saved = saved or []
    at = place(shown, saved, hint) if shown else None
    longer = [i for i, chat in enumerate(saved) if shown and _starts(chat, shown)]
    return at if at is not None else hint if hint in longer else next(iter(longer), None)


class KeptChatInterface(gr.ChatInterface):
    """`gr.ChatInterface` whose saves never lose a conversation (`kept`), and whose saved-chat list opens the chat
    clicked even when the stored list holds empty chats (Gradio lists only the non-empty ones)."""

    def _setup_events(self) -> None:
        self.turns = Turns()
        if self.save_history:  # first: the page runs a click's events in order, so the chat is saved before reset
            self.saved_conversations, refreshed = wire(self)
            self._tell_after(refreshed)
            self.chatbot.undo(None, [self.chatbot, self.saved_conversations], self.saved_conversations, js=UNDONE_JS,
                              queue=False, show_progress="hidden")  # before Gradio's: it reads the chat undone
            keep_on_leaving(self)
            self._delete_shown()
            self._land_left_answers()
            hold_while_coming(self.chatbot, self.waiting)
            stop_waiting_when_lost(self.chatbot, self.textbox)  # its answer's tab cut off from the app
        super()._setup_events()
        if not self.save_history:
            return
        fns = get_blocks_context().fns.values()
        for listing in (f for f in fns if f.outputs == [self.chat_history_dataset]):
            listing.trigger_mode = "always_last"  # Gradio's "once" drops a change of the list while one is listed
        opened = next(f._id for f in fns if getattr(f.fn, "__func__", None) is KeptChatInterface._load_conversation)
        synced = next(f._id for f in fns if f.trigger_after == opened)  # the chat state set to the chat opened
        self._tell_after(Dependency(self.chatbot, {}, synced, None))
        for answer in answering(self, fns):  # failed in Gradio's steps around the answer function: its note goes too
            Dependency(self.chatbot, {}, answer, None).failure(None, js=ENDED_JS, queue=False, show_progress="hidden")
        synced = example_synced(self, fns)
        if synced is not None:  # Gradio's example events end with no save: end them with one
            Dependency(self.chatbot, {}, synced, None).then(
                self._save_conversation, [self.conversation_id, self.chatbot_state, self.saved_conversations],
                [self.conversation_id, self.saved_conversations], queue=False, show_progress="hidden",
                api_visibility="undocumented")

    def _render_footer(self) -> None:
        self.waiting = waiting_note()  # under the question box (`qa.ui_chat_coming`), above the examples and filters
        super()._render_footer()

    def _save_conversation(self, index: int | None, conversation: list[Any],
                           saved_conversations: list[list[Any]]) -> tuple[Any, Any]:
        if not conversation:  # reset ("New chat", the bin) before this save read it: nothing to save, nothing to undo
            return gr.skip(), gr.skip()
        at, saved = kept(self.serialize_components(conversation), saved_conversations, index)
        return at, gr.skip() if saved is None else saved

    def _land_left_answers(self) -> None:
        """Each question lands in the saved list as it is asked, its chat saved up to it (`ASKED_JS`, by the page at
        once; an example's by a `landed` of its own), and each chat answered as its answer ends (`landed`: the page
        puts it in place of its saved state, `LANDED_JS`), an answer whose chat the user left too: that one is not
        streamed into the chat shown. Each question is noted as it is asked or retried (`Turns`)."""
        self.landed = gr.JSON(None, visible=False)
        self.additional_outputs = [*self.additional_outputs, self.landed]
        self.textbox.submit(None, [self.textbox, self.chatbot, self.saved_conversations], self.saved_conversations,
                            js=ASKED_JS, queue=False, show_progress="hidden")
        # Named: an event takes its function's name, and "ask" taken here first would leave the chat's own "/ask"
        # endpoint (the API's and benchmarks/load_test.py's) "/ask_1", answering an API call with nothing.
        self.textbox.submit(self.turns.ask, [self.textbox, self.chatbot_state], None, queue=False,
                            show_progress="hidden", api_name="note_question", api_visibility="undocumented")
        self.textbox.stop(self.turns.stop, None, None, js=ENDED_JS, queue=False, show_progress="hidden",
                          api_visibility="undocumented")
        self.chatbot.retry(None, self.chatbot, None, js=RETRIED_JS, queue=False, show_progress="hidden")
        self.chatbot.retry(self._note_retry, self.chatbot_state, None, queue=False, show_progress="hidden",
                           api_visibility="undocumented")
        if self.examples:  # an example is asked in an empty chat

            def example(chosen: gr.SelectData) -> dict[str, Any] | None:
                self.turns.ask(question := chosen.value.get("text"), [])
                return {"chat": [_as_shown({"role": "user", "content": question})], "was": None} if question else None

            self.chatbot.example_select(example, None, self.landed, queue=False, show_progress="hidden",
                                        api_visibility="undocumented")

        self.landed.change(None, [self.landed, self.saved_conversations], self.saved_conversations, js=LANDED_JS,
                           queue=False, show_progress="hidden")

    def _note_retry(self, history: list[Any]) -> None:
        """Gradio's retry asks the chat's last question again, its answer to replace the one shown: noted as asked."""
        before, question = self._pop_last_user_message(history)
        self.turns.ask(question, before, was=history)

    def _tell_after(self, event: Dependency) -> None:
        """After `event` (the list refreshed by another tab's write, a saved chat opened), the chat shown says what is
        true of its unanswered question (`told_js`)."""
        event.then(self._told, self.chatbot, [self.chatbot, self.chatbot_state], js=told_js(UNANSWERED, COMING),
                   queue=False, show_progress="hidden", api_visibility="undocumented")

    @staticmethod
    def _told(chat: list[Any] | None) -> tuple[Any, Any]:
        """The chat shown as the page tells it (`told_js`: its unanswered question's line, or its answer landed in
        another tab), the chat state with it; nothing when the page changed nothing."""
        return (gr.skip(), gr.skip()) if not chat else (chat, chat)

    def _landing(self, turn: Any, final: list[Any] | None) -> dict[str, Any] | None:
        """The chat answered as it lands in the saved list (`landed`): {"chat", "was": the chat a retried answer
        replaces, else None}; None for an API call or a binned chat."""
        if turn is None or turn.binned or not final:
            return None
        return {"chat": self._shown(final), "was": None if turn.was is None else self._shown(turn.was)}

    def _shown(self, chat: list[Any]) -> list[dict[str, Any]]:
        return [_as_shown(m) for m in self.serialize_components(chat)]

    async def _stream_fn(self, message: Any, history: list[Any], *args: Any) -> AsyncIterator[tuple[Any, ...]]:
        turn = self.turns.start(message) if self.save_history else None
        if turn is not None and turn.left:  # left before its answer started: the chat state is another chat's
            message, history = turn.message, turn.history
        final, landed, width = None, None, 2 + len(self.additional_outputs)  # the chat, its history, the extras
        chunks = super()._stream_fn(message, history, *args)
        try:  # a question of the page's (noted: no API call) lands with its last chunk, else just after it
            async for out, last in with_last(chunks) if turn is not None else ((c, False) async for c in chunks):
                final, shown = out[1], turn is None or not turn.left
                landed = self._landing(turn, final) if last else None
                yield (*((*out, gr.skip())[:width - 1] if shown else (gr.skip(),) * (width - 1)),
                       gr.skip() if landed is None else landed)
            if landed is None and (landed := self._landing(turn, final)) is not None:
                yield *(gr.skip(),) * (width - 1), landed
        except Exception:  # an unexpected error, shown by Gradio as ever: the page first hears the answer is over
            if turn is not None and not turn.binned:  # (`LANDED_JS` takes its note off: `ASKING_KEY`)
                asked = [*self._shown(turn.history), _as_shown({"role": "user", "content": str(turn.message)})]
                yield *(gr.skip(),) * (width - 1), {"ended": asked, "at": time.time()}  # `at`: a change each time
            raise
        finally:
            self.turns.end(turn)

    def _delete_shown(self) -> None:
        """The bin deletes the saved chat it showed, found by content: the page keeps the last chat shown (the bin
        empties the chat before its event), since a save answered after a reset can leave a stale saved-chat place."""
        shown = gr.JSON(visible=False)
        self.chatbot.change(None, [self.chatbot, shown], shown, js=SHOWN_JS, queue=False, show_progress="hidden")

        def delete(chat: list[Any] | None, index: int | None, saved: list[list[Any]] | None) -> tuple[Any, Any]:
            self.turns.leave(binned=True)  # its answer, if one is coming, goes nowhere
            at = shown_at(chat or [], saved, index)
            return None, gr.skip() if at is None else [c for i, c in enumerate(saved or []) if i != at]

        self.chatbot.clear(delete, [shown, self.conversation_id, self.saved_conversations],
                           [self.conversation_id, self.saved_conversations], queue=False, show_progress="hidden",
                           js=BIN_JS)

    def _delete_conversation(self, index: int | None, saved_conversations: list[list[Any]]) -> tuple[Any, Any]:
        return None, gr.skip()  # the bin's own event deleted the chat shown (`_delete_shown`), not a stale place

    def _load_chat_history(self, conversations: list[list[Any]] | None) -> Any:
        return gr.skip() if conversations is None else super()._load_chat_history(conversations)

    def _load_conversation(self, index: int, conversations: list[list[Any]]) -> tuple[int, gr.Chatbot]:
        """The saved chat clicked; its last question, if no answer came for it nor is on its way, says so."""
        listed = [i for i, chat in enumerate(conversations or []) if chat]
        at = listed[index] if 0 <= index < len(listed) else index
        chat = list(conversations[at])
        if chat and chat[-1].get("role") == "user" and not self.turns.pending(_said(chat[-1])[1]):
            chat.append({"role": "assistant", "content": UNANSWERED})
        return at, gr.Chatbot(value=chat)


def keep_on_leaving(chat: gr.ChatInterface) -> None:
    """Save the conversation shown when the user leaves it ("New chat", or a saved chat clicked); registered before
    Gradio's reset, so the page reads the chat for it as the click found it."""

    def leave(first: bool) -> Callable[[list[Any], list[list[Any]] | None], Any]:
        def save(conversation: list[Any], saved: list[list[Any]] | None) -> Any:
            if chat.turns.pending():  # its answer is still to come: kept up to the question, the answer lands later
                conversation = conversation[:_asked(conversation)]
                chat.turns.leave()
            _, changed = kept(chat.serialize_components(conversation), saved, first=first)
            return gr.skip() if changed is None else changed
        return save

    # A saved chat clicked is opened by its place in the list as shown: the chat left goes last, moving none of them.
    for event, first in ((chat.new_chat_button.click, True), (chat.chat_history_dataset.click, False)):
        event(leave(first), [chat.chatbot, chat.saved_conversations], chat.saved_conversations, queue=False,
              show_progress="hidden")

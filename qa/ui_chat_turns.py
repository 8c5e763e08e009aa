"""The questions of a page still waiting for or streaming their answer, each tied to the chat it was asked in, so an
answer the user left ("New chat", a saved chat opened) lands in that chat's saved state, not in the chat shown.

Gradio streams an answer into whatever chat the page shows, and a queued answer reads the chat state when it starts:
left before then, it was answered with the history of the chat opened instead. `Turns` notes each question when it is
asked (its message and history), marks it left when the user leaves its chat, and `KeptChatInterface` (`qa.ui_chats`)
reads the mark at every chunk of the answer, told the last chunk as it goes out (`with_last`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from gradio.context import LocalContext

# How long a chunk of an answer asked on the page waits to learn whether it is the last (the answer ends a thread hop
# after its last chunk): the last goes out with its chat landing in the saved list, in the one message showing it.
LAST_WITHIN_S = 0.25


def session() -> str:
    """The page's session (Gradio's session hash) of the event running; "" outside one."""
    request = LocalContext.request.get(None)
    return str(getattr(request, "session_hash", None) or "")


@dataclass(eq=False)
class Turn:
    """A question asked in a chat, until its answer ends. Mutable on purpose: the events of the page (leaving the
    chat, the bin) mark it while its answer streams."""

    message: Any
    history: list[Any]
    was: list[Any] | None = None  # the chat shown when its answer was retried (the answer it replaces), else None
    left: bool = False  # the user left its chat: the answer goes to the saved list, not into the chat shown
    binned: bool = False  # the user deleted its chat: the answer goes nowhere


@dataclass
class Turns:
    """The turns of each session not yet answered in full, in the order asked (the page's answers run one at a time,
    in that order); a session's entry goes with its last answer."""

    waiting: dict[str, list[Turn]] = field(default_factory=dict)

    def ask(self, message: Any, history: list[Any] | None, was: list[Any] | None = None) -> None:
        """Note a question just asked in the chat shown (`history` the chat before it; `was` the chat shown, for an
        answer retried); an empty one is not noted."""
        if str(message or "").strip():
            self.waiting.setdefault(session(), []).append(Turn(message, list(history or []), was))

    def start(self, message: Any) -> Turn | None:
        """The turn an answer to `message` starting now answers: the first noted of its session asking it, or left
        (the message it reads may then be another chat's); None for an API call or a question not noted."""
        return next((t for t in self.waiting.get(session(), []) if t.left or t.message == message), None)

    def end(self, turn: Turn | None) -> None:
        """The answer of `turn` is over (or stopped)."""
        turns = self.waiting.get(name := session(), [])
        if turn in turns:
            turns.remove(turn)
        if not turns:
            self.waiting.pop(name, None)

    def stop(self) -> None:
        """The user stopped the answers (the stop button cancels every one of the session, waiting or streaming)."""
        self.waiting.pop(session(), None)

    def pending(self, question: str | None = None) -> bool:
        """Whether a question of this session (`question`, if named) waits for or streams its answer."""
        return any(question is None or str(t.message) == question for t in self.waiting.get(session(), []))

    def leave(self, *, binned: bool = False) -> None:
        """The user left the chat shown (or deleted it: `binned`): the turns waiting in it are left (a turn left before
        was asked in another chat)."""
        for turn in self.waiting.get(session(), []):
            turn.binned, turn.left = turn.binned or (binned and not turn.left), True


async def with_last(chunks: AsyncIterator[Any], within: float = LAST_WITHIN_S) -> AsyncIterator[tuple[Any, bool]]:
    """Each of `chunks` and whether it is the last: the next is asked for at once and waited for up to `within`
    seconds (a chunk followed by a slow one goes out then, told not the last: its progress is not held up)."""
    step = asyncio.ensure_future(chunks.__anext__())
    try:
        while True:
            try:
                chunk = await step
            except StopAsyncIteration:
                return
            step = asyncio.ensure_future(chunks.__anext__())
            await asyncio.wait({step}, timeout=within)
            yield chunk, step.done() and not step.cancelled() and isinstance(step.exception(), StopAsyncIteration)
    finally:
        step.cancel()  # closed (the stop button): the answer's own next step is dropped

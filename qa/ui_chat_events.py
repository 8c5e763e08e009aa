"""Gradio's own events of a `gr.ChatInterface`, found in the page's event list (read once by `qa.ui_chats`), for it
to chain steps of its own after them (Gradio keeps no handle on them)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any


def example_synced(chat: Any, fns: Collection[Any]) -> int | None:
    """The id of the last step of Gradio's example events among the page's events `fns`, the one syncing the chat
    state with the chat shown (as its other events do just before their save); None with no examples."""
    step = next((f for f in fns if (chat.chatbot._id, "example_select") in f.targets and f.outputs), None)
    while step is not None and chat.chatbot_state not in step.outputs:
        after = [f for f in fns if f.trigger_after == step._id]
        step = next((f for f in after if chat.chatbot_state in f.outputs), after[0] if len(after) == 1 else None)
    return None if step is None else step._id


def answering(chat: Any, fns: Collection[Any]) -> list[int]:
    """The ids of Gradio's steps among `fns` streaming an answer into the chat shown (a question sent, retried, an
    example asked: its empty output first, then the chat); not the API's, which answers into no chat."""
    return [f._id for f in fns if f.outputs[:2] == [chat.null_component, chat.chatbot]]

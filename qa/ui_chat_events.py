"""Gradio's own events of a `gr.ChatInterface`, found in the page's event list, for `qa.ui_chats` to chain steps of
its own after them (Gradio keeps no handle on them)."""

from __future__ import annotations

from typing import Any

from gradio.context import get_blocks_context


def example_synced(chat: Any) -> int | None:
    """The id of the last step of Gradio's example events, the one syncing the chat state with the chat shown (as
    its other events do just before their save); None with no examples."""
    fns = get_blocks_context().fns.values()
    step = next((f for f in fns if (chat.chatbot._id, "example_select") in f.targets and f.outputs), None)
    while step is not None and chat.chatbot_state not in step.outputs:
        after = [f for f in fns if f.trigger_after == step._id]
        step = next((f for f in after if chat.chatbot_state in f.outputs), after[0] if len(after) == 1 else None)
    return None if step is None else step._id


def answering(chat: Any) -> list[int]:
    """The ids of Gradio's steps streaming an answer into the chat shown (a question sent, retried, an example asked:
    its empty output first, then the chat); not the API's, which answers into no chat."""
    return [f._id for f in get_blocks_context().fns.values() if f.outputs[:2] == [chat.null_component, chat.chatbot]]

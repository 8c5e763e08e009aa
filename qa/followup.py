"""Follow-up questions: resolve "How long can they loiter?" against the earlier turns, without an LLM.

A question that leans on the conversation (a pronoun, or almost no content words of its own) gets the key
terms of the previous question appended, so retrieval and sentence scoring see what "they" or "it" means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from qa.errors import QuestionError
from qa.tokens import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
PRONOUNS = frozenset("it its they them their theirs this that these those he him his she her there".split())
OPENERS = ("and ", "what about ", "how about ", "also ", "why ", "so ")
# Words of a question that say what is asked, not what it is about.
QUESTION_WORDS = frozenset(
    """what which who whom whose when where why how many much long far tell say said says know happen happened
    mean means can could would will may might must shall please explain describe give show find anything
    something else more also get got""".split()
)


def message_text(content: Any) -> str:
    """Text of a chat message's content: a string, or Gradio's list of {"type": "text", "text": ...} parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, Sequence):
        return " ".join(message_text(part) for part in content)
    return ""


def words(text: str) -> list[str]:
    """The words of `text`, hyphenated and apostrophe'd ones whole ("F-16", "Ukraine's")."""
    return _WORD.findall(text)


def key_terms(question: str) -> list[str]:
    """The words that say what `question` is about (content words, original case, in order, no repeats)."""
    out: list[str] = []
    for word in words(question):
        low = word.lower()
        if low in STOP_WORDS or low in QUESTION_WORDS or low in PRONOUNS or len(low) < 2:
            continue
        if word not in out:
            out.append(word)
    return out


def is_followup(question: str) -> bool:
    """True when the question points back at the conversation (a pronoun, an opener, or no subject of its own)."""
    lowered = [w.lower() for w in words(question)]
    if not lowered:
        return False
    if any(w in PRONOUNS for w in lowered) or question.lower().lstrip().startswith(OPENERS):
        return True
    return len(key_terms(question)) <= 1


def resolve(question: str, history: Sequence[Mapping[str, Any]] | None = None) -> str:
    """`question` with the previous question's key terms appended when it is a follow-up; else unchanged."""
    previous = ""
    if history is not None and (isinstance(history, str | bytes | Mapping) or not isinstance(history, Sequence)):
        raise QuestionError("history must be a list of chat messages ({'role': 'user', 'content': '...'})")
    for turn in history or ():
        if not isinstance(turn, Mapping):
            raise QuestionError(f"history holds {type(turn).__name__!r} where a chat message "
                                "({'role': ..., 'content': ...}) belongs")
        if turn.get("role") == "user":
            text = message_text(turn.get("content")).strip()
            if text:
                previous = resolve(text, [{"role": "user", "content": previous}] if previous else None)
    if not previous or not is_followup(question):
        return question
    own = {t.lower() for t in key_terms(question)}
    extra = [t for t in key_terms(previous) if t.lower() not in own]
    return f"{question.rstrip()} ({' '.join(extra)})" if extra else question

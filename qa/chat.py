"""`qa-index chat`: questions in a terminal, one after another, with the model and index loaded once and the
conversation kept so follow-ups ("How long can they loiter?") work as in the web UI.

The session ends on an empty input stream (Ctrl-D), `exit` or `quit`, or Ctrl-C, without a traceback. A user error
in one question (no words in it, say) is printed and the session goes on; an index rebuilt meanwhile (by `add`
in another terminal) is picked up by the next question.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Unpack

from qa.answer import answer_with
from qa.errors import QAError
from qa.filters import FilterArgs
from qa.present import plain, printable
from qa.retrieve import cached_index

EXITS = frozenset({"exit", "quit", ":q"})
GREETING = "Ask about the articles; a follow-up may lean on the last question. Leave with exit, Ctrl-D or Ctrl-C."
PROMPT = "question> "


def _line_editing() -> None:
    """Arrow keys and a history of typed lines at the prompt, where Python has readline (not on Windows)."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (importing it is what turns line editing on for input())


def run_chat(index_dir: str | Path, *, k: int = 5, model: str | None = None,
             read: Callable[[str], str] = input, write: Callable[[str], None] = print,
             **where: Unpack[FilterArgs]) -> int:
    """Answer questions read with `read` until the input ends, each under the filter `where`; returns the exit status
    (0). `read`/`write` are `input`/`print` in a terminal; a missing or damaged index raises QAError at once."""
    if read is input:
        _line_editing()
        print("loading the model and the index…", file=sys.stderr, flush=True)
    cached_index(index_dir, model=model)  # the slow part, once: the model, the index, the question parser's words
    history: list[dict[str, str]] = []
    write(GREETING)
    while True:
        try:
            asked = read(PROMPT).strip()
        except (EOFError, KeyboardInterrupt):
            write("")  # end the prompt's line
            return 0
        if asked.casefold() in EXITS:
            return 0
        if not asked:
            continue
        try:
            result = answer_with(cached_index(index_dir, model=model), asked, history, k=k, **where)
        except QAError as e:  # this question only: the session goes on
            write(f"error: {' '.join(printable(str(e)).split())}")
            continue
        except KeyboardInterrupt:  # Ctrl-C while answering ends the session too, cleanly
            write("")
            return 0
        write(plain(result) + "\n")
        history += [{"role": "user", "content": asked}, {"role": "assistant", "content": result.text}]

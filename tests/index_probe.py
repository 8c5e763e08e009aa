"""Load and query index folders in a separate process, so a crash (a signal) or a hang is an outcome, not the end
of the test run.

`Probe` runs this file as a worker that loads the model once, then for each index folder it is sent: loads the
index, answers and retrieves QUESTIONS, renders the answers, and reads the folder as a rebuild would (what
`qa.previous` reuses). It replies with one JSON line:

    {"outcome": "answer"}                         every call returned, and every quote and passage is verbatim
    {"outcome": "error", "message": "..."}        a QAError (the message a user would see)
    {"outcome": "wrong", "detail": "..."}         an answer whose quote or passage is not the article's text
    {"outcome": "traceback", "detail": "..."}     any other exception

and `Probe.check` adds {"outcome": "signal", "returncode": -11} when the worker died and {"outcome": "hang"} when
it did not reply in time (the worker is then restarted for the next folder).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = ("Who leads the Wagner Group?", "Which islands does the Tsugaru Strait separate?")


def _verbatim(index: Any, answers: list[Any], passages: list[Any]) -> str:
    """"" when every quote and passage is its article's text at its span; else what differs."""
    for q in (q for a in answers for q in (*a.quotes, *a.related)):
        if index.article(q.doc_id).text[q.start:q.end] != q.text:
            return f"quote {q.text[:60]!r} is not {q.doc_id}[{q.start}:{q.end}]"
    for p in passages:
        if index.article(p.doc_id).text[p.start:p.end] != p.text:
            return f"passage {p.chunk_id} is not {p.doc_id}[{p.start}:{p.end}]"
    return ""


def probe(index_dir: str) -> dict[str, str]:
    """What loading and querying `index_dir` gives (see the module docstring)."""
    import qa
    from qa import html_view, present, store
    from qa.answer import answer_with
    from qa.config import Settings
    from qa.previous import load_previous

    try:
        index = qa.load_index(index_dir)
        answers = [answer_with(index, q) for q in QUESTIONS]
        passages = [p for q in QUESTIONS for p in index.retrieve(q, 5)]
        for a in answers:
            _ = (a.text, present.plain(a), html_view.answer_html(a, lambda _: None))  # rendering must not fail
        load_previous(store.open_version(index_dir), Settings())  # what a rebuild would reuse: never raises
    except qa.QAError as e:
        return {"outcome": "error", "message": str(e)}
    except Exception:
        return {"outcome": "traceback", "detail": traceback.format_exc()[-3000:]}
    wrong = _verbatim(index, answers, passages)
    return {"outcome": "wrong", "detail": wrong} if wrong else {"outcome": "answer"}


def serve() -> None:
    """The worker: one index folder per line on stdin, one JSON reply per line on stdout."""
    from qa.embed import load_embedder, offline_environment

    offline_environment()
    load_embedder("all-MiniLM-L6-v2")  # once, before the first folder
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        print(json.dumps(probe(line.rstrip("\n"))), flush=True)


class Probe:
    """A worker process answering `check(index_dir)`; restarted after a crash or a hang."""

    def __init__(self, *, timeout: float = 120.0, start_timeout: float = 300.0) -> None:
        self.timeout, self.start_timeout = timeout, start_timeout
        self.proc: subprocess.Popen | None = None
        self.log = tempfile.TemporaryFile()  # the worker's stderr (a pipe could fill and stall it)

    def _start(self) -> None:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, __file__], cwd=REPO, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, text=True, bufsize=1)
        ready = self._reply(self.start_timeout)
        if ready is None or "ready" not in ready:
            self.log.seek(0)
            raise RuntimeError(f"the probe worker did not start: {self.log.read()[-2000:]!r}")

    def _reply(self, timeout: float) -> dict[str, Any] | None:
        """The worker's next JSON line; None if it died or said nothing within `timeout`."""
        assert self.proc is not None and self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            line = self.proc.stdout.readline()
            if not line:  # EOF: the worker died
                return None
            if line.startswith("{"):
                return json.loads(line)
        return None

    def check(self, index_dir: Path) -> dict[str, Any]:
        """The outcome of loading and querying `index_dir` in the worker."""
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(f"{index_dir}\n")
        self.proc.stdin.flush()
        reply = self._reply(self.timeout)
        if reply is not None:
            return reply
        if self.proc.poll() is None:
            self.close()
            return {"outcome": "hang"}
        rc, self.proc = self.proc.returncode, None
        self.log.seek(0)
        err = self.log.read().decode(errors="replace")[-2000:]
        return {"outcome": "signal" if rc < 0 else "exit", "returncode": rc, "detail": err}

    def close(self) -> None:
        """Stop the worker."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(30)
            self.proc = None


if __name__ == "__main__":
    serve()

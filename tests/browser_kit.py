"""Driving the served app in a real browser, shared by the browser tests, `benchmarks/upload.py` and
`docs/screenshots.py`: start `ui.py` on a loopback port and wait for it, stop it, launch Debian's chromium
through Playwright, and ask the chat a question as a user would (type, Enter, wait for the final answer).

Plain functions with no pytest in them: the scripts put tests/ on `sys.path` to import this module.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"]
# Waits on our server doing real work (the background build, the model load, an answer, an upload's embedding) and on
# the page's scripts: generous, since on a busy 2-core machine each can take several times as long as alone.
ANSWER_TIMEOUT_MS = 180_000
ACTION_TIMEOUT_MS = 120_000  # any other wait of a page: a navigation, an element to click, fill or read
PENDING = "/Building the index|Searching the articles|Warming up/"  # a bot message that is not the answer yet


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn_ui(index_dir: Path, corpus: Path, log: Path, *, port: int, host: str = "127.0.0.1",
             script: str | None = None) -> subprocess.Popen:
    """`ui.py` serving `index_dir` over `corpus` on `host`:`port`, started (not yet answering): offline, no
    analytics, no password (QA_UI_AUTH unset); its output goes to `log`. `script`: Python run in place of `ui.py`
    (`python -c`, the flags in `sys.argv`), for a test that changes the app before calling `ui.main()`."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("QA_UI_AUTH", None)
    run = [str(REPO / "ui.py")] if script is None else ["-c", script]
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, *run, "--host", host, "--port", str(port),
                                 "--index", str(index_dir), "--corpus", str(corpus)],
                                cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)


def start_ui(index_dir: Path, corpus: Path, log: Path, *, port: int | None = None, host: str = "127.0.0.1",
             script: str | None = None) -> tuple[str, subprocess.Popen]:
    """(loopback URL, process) of `spawn_ui` on `port` (a free one when None), once the page answers;
    RuntimeError (the log's tail) if it dies or is slow."""
    port = port or free_port()
    proc = spawn_ui(index_dir, corpus, log, port=port, host=host, script=script)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, proc, log)
    except RuntimeError:
        stop(proc)
        raise
    return url, proc


def wait_ready(url: str, proc: subprocess.Popen, log: Path, seconds: float = 180) -> None:
    """Block until `url` answers 200; RuntimeError (with the log's tail) if the server dies or is too slow."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"ui.py exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"ui.py did not answer on {url} within {seconds} s:\n{log.read_text(errors='replace')[-3000:]}")


def stop(proc: subprocess.Popen) -> None:
    """Terminate the server (kill it if it lingers)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def launch(playwright: Any, executable: str = CHROMIUM) -> Any:
    """Headless chromium (Debian's package, not a browser Playwright downloads)."""
    return playwright.chromium.launch(executable_path=executable, args=HEADLESS)


def patient(page_or_context: Any) -> Any:
    """`page_or_context` (a Playwright page, or a context and so its pages) waiting up to ACTION_TIMEOUT_MS for an
    element or a navigation, not Playwright's 30 s."""
    page_or_context.set_default_timeout(ACTION_TIMEOUT_MS)
    page_or_context.set_default_navigation_timeout(ACTION_TIMEOUT_MS)
    return page_or_context


def ask(page: Any, question: str, timeout_ms: int = ANSWER_TIMEOUT_MS) -> Any:
    """Type `question`, send it, and return the new bot message once its final content is in."""
    bots = page.locator("#qa-chat [data-testid='bot']")
    before = bots.count()
    box = page.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """n => { const b = document.querySelectorAll("#qa-chat [data-testid='bot']");
                  return b.length > n && !PENDING.test(b[b.length - 1].innerText); }""".replace("PENDING", PENDING),
        arg=before, timeout=timeout_ms)
    return bots.nth(before)

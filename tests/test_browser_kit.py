"""The browser-driving helpers shared by the browser tests, benchmarks/upload.py and docs/screenshots.py: a server
that dies is reported with its log, a slow one times out by name, a stopped one is gone. No browser needed."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from browser_kit import free_port, stop, wait_ready


def _python(code: str, log) -> subprocess.Popen:
    with log.open("w") as out:
        return subprocess.Popen([sys.executable, "-c", code], stdout=out, stderr=subprocess.STDOUT)


def test_a_server_that_dies_is_reported_with_its_exit_code_and_log(tmp_path):
    log = tmp_path / "ui.log"
    proc = _python("print('cannot bind the port'); raise SystemExit(3)", log)
    proc.wait(30)
    with pytest.raises(RuntimeError, match=r"(?s)exited with 3.*cannot bind the port"):
        wait_ready(f"http://127.0.0.1:{free_port()}", proc, log)


def test_a_server_that_never_answers_times_out_and_stop_ends_it(tmp_path):
    log = tmp_path / "ui.log"
    proc = _python("import time; print('still loading', flush=True); time.sleep(60)", log)
    url = f"http://127.0.0.1:{free_port()}"
    try:
        with pytest.raises(RuntimeError, match=rf"did not answer on {url} within 0.5 s"):
            wait_ready(url, proc, log, seconds=0.5)
    finally:
        stop(proc)
    assert proc.poll() is not None


def test_free_port_can_be_bound():
    with socket.socket() as s:
        s.bind(("127.0.0.1", free_port()))

"""Nothing from an article reaches the terminal as a command: escape sequences and control characters in a
record's id, source and title, in a file name and in the corpus folder's name are dropped from everything
`qa-index build`, `search`, `ask` and `stats` print (stdout and stderr, logging included)."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from test_crash import REPO, subprocess_env

from qa.cli import main as cli

pytestmark = pytest.mark.slow
TITLE_SET = "\x1b]0;pwned title\x07"  # OSC 0: sets the terminal's window title
CLEAR = "\x1b[2J\x1b[H"  # CSI: clears the screen
C1_CSI = "\x9b31m"  # the one-character (C1) form of ESC [
QUESTION = "How many steps does the Quibbleton lighthouse have?"


def _controls(text: str) -> list[str]:
    """Every control character of `text` but the newline (ESC, BEL, C1 controls, carriage return...)."""
    return [repr(c) for c in text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf")]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """A corpus of records with escapes in id, source and title, under a folder and beside a file whose names hold
    them too, built by `qa-index build` in a real process (its logging is real)."""
    root = tmp_path_factory.mktemp("terminal")
    corpus = root / f"news{TITLE_SET}"
    corpus.mkdir()
    records = [
        {"id": f"quib{TITLE_SET}{CLEAR}", "title": f"Quibbleton lighthouse{C1_CSI} repainted{TITLE_SET}",
         "source": f"{CLEAR}The Harbour Gazette\r{TITLE_SET}", "published_at": "2023-03-01",
         "text": "The Quibbleton lighthouse was painted bright purple in 1987. Visitors climb its 212 steps."},
        {"id": f"empty{CLEAR}", "title": f"nothing{TITLE_SET}", "text": ""},  # skipped: no body
    ]
    (corpus / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (corpus / f"bad{CLEAR}name.txt").write_bytes(b"")  # skipped: empty, named with an escape
    index_dir = root / "index"
    proc = subprocess.run([sys.executable, "-m", "qa", "build", str(corpus), "--index", str(index_dir), "-q"],
                          env=subprocess_env(), cwd=REPO, capture_output=True, text=True, timeout=900)
    return index_dir, proc


def test_build_prints_no_escape_sequence_in_its_summary_skip_lines_or_warnings(built):
    _, proc = built
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "skipped 2 file(s):" in proc.stdout and "badname.txt: " in proc.stdout
    assert "no body" in proc.stdout
    assert "WARNING: skipped " in proc.stderr  # the loader's warnings, through logging
    assert _controls(proc.stdout) == [] and _controls(proc.stderr) == [], (proc.stdout, proc.stderr)


@pytest.mark.parametrize("argv", [["search", QUESTION], ["ask", QUESTION], ["stats"]], ids=lambda a: a[0])
def test_search_ask_and_stats_print_no_escape_sequence(built, capsys, argv):
    index_dir, _ = built
    assert cli([*argv, "--index", str(index_dir)]) == 0
    out = capsys.readouterr()
    assert _controls(out.out) == [] and _controls(out.err) == [], out
    shown = {"search": ["Quibbleton lighthouse", "212 steps"], "ask": ["212 steps", "The Harbour Gazette"],
             "stats": ["1 articles", "news"]}[argv[0]]
    assert all(s in out.out for s in shown), out.out


NOISE = ("share=True", "public link", "ModuleNotFoundError", "AVX", "not reusing", "Batches", "Traceback",
         "sentence_transformers", "Loading weights")


def _user_env() -> dict[str, str]:
    """A user's environment: without the switches this test session's own imports set (a user has none)."""
    env = {**subprocess_env(), "GRADIO_ANALYTICS_ENABLED": "False"}
    for name in ("HF_HUB_DISABLE_PROGRESS_BARS", "TOKENIZERS_PARALLELISM"):
        env.pop(name, None)
    return env


def test_a_first_build_shows_one_labelled_bar_and_no_library_noise(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bridge reopens\n\nThe Eastvale bridge reopened on Friday after two years.\n")
    proc = subprocess.run([sys.executable, "-m", "qa", "build", str(corpus), "--index", str(tmp_path / "index")],
                          env=_user_env(), cwd=REPO, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    bars = {line.split(":")[0] for line in proc.stderr.replace("\r", "\n").splitlines() if line.strip()}
    assert bars == {"Embedding 1 chunk"}, proc.stderr  # nothing else on stderr: no "Batches", no faiss lines
    assert not [n for n in NOISE if n in proc.stdout + proc.stderr]


def test_the_ui_building_its_first_index_logs_no_library_noise(tmp_path):
    import time

    from browser_kit import free_port, stop

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bridge reopens\n\nThe Eastvale bridge reopened on Friday after two years.\n")
    log = tmp_path / "ui.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, str(REPO / "ui.py"), "--port", str(free_port()), "--index",
                                 str(tmp_path / "index"), "--corpus", str(corpus)], cwd=REPO,
                                env=_user_env(), stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while "index built" not in log.read_text() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(proc)
    text = log.read_text()
    assert "index built: 1 articles" in text and "is serving on http://127.0.0.1:" in text, text
    assert not [n for n in NOISE if n in text], text

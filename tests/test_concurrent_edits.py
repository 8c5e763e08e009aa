"""Concurrent edits never lose one another's changes: `qa-index add` / `add`, `add` / `build` (with a new article
in the corpus) and `add` / `remove`, started at once as real processes, each either lands in the final index
or fails saying so; and a second build is refused before it reads the corpus."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import copy_shipped
from test_crash import REPO, subprocess_env, zorblax_article

import qa
from qa import build, store
from qa.cli import main as cli
from qa.errors import IndexBusyError

pytestmark = pytest.mark.slow
SHIPPED_DOC = "000_1f0e9fb76dbe134f.txt"
BUSY = "error: another build is writing"


def _article(topic: str, number: int) -> str:
    return (f"{topic} reaches a record\n\nThe {topic} counted {number} visitors this year, its director said on "
            f"Monday. The {topic} opened in {1900 + number % 100} and has grown every year since.\n")


def _qa_index(*argv: str) -> subprocess.Popen:
    quiet = ["-q"] if argv[0] != "remove" else []  # no progress bars in the output
    return subprocess.Popen([sys.executable, "-m", "qa", *argv, *quiet], env=subprocess_env(), cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _doc_ids(index_dir: Path) -> set[str]:
    return {a.doc_id for a in qa.load_index(index_dir).articles}


@pytest.fixture(scope="module")
def edits(shipped_index, tmp_path_factory) -> Iterator[dict]:
    """Copies of the shipped index, each edited by two processes at once (all pairs at the same time)."""
    root = tmp_path_factory.mktemp("edits")
    copies = {}
    for name in ("add+add", "add+build", "add+remove"):
        corpus, index_dir = root / name / "articles", root / name / "index"
        copy_shipped(shipped_index, corpus, index_dir)
        copies[name] = (corpus, index_dir)
    new = root / "new"
    new.mkdir()
    for i, topic in enumerate(("aquarium", "observatory", "planetarium", "arboretum")):
        (new / f"{topic}.txt").write_text(_article(topic, 1000 + i), encoding="utf-8")
    corpus, _ = copies["add+build"]
    (corpus / "zorblax.txt").write_text(zorblax_article(120), encoding="utf-8")  # the build's change: seconds to embed
    shutil.copy(new / "planetarium.txt", corpus / "planetarium.txt")  # the add's file is in the corpus too
    pairs = {
        "add+add": [("add", str(new / "aquarium.txt"), "--wait"), ("add", str(new / "observatory.txt"), "--wait")],
        "add+build": [("build", str(corpus), "--wait"), ("add", str(corpus / "planetarium.txt"), "--wait")],
        "add+remove": [("add", str(new / "arboretum.txt"), "--wait"), ("remove", SHIPPED_DOC, "--wait")],
    }
    with ThreadPoolExecutor(len(pairs)) as pool:
        runs = {name: pool.submit(_run_pair, copies[name][1], argvs, overlap=name == "add+build")
                for name, argvs in pairs.items()}
        yield {name: (copies[name][1], run.result()) for name, run in runs.items()}


def _lock_held(index_dir: Path) -> bool:
    """True while a build holds the folder's lock (probed with a shared lock, released at once)."""
    try:
        fd = os.open(index_dir / ".lock", os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases the probe's own lock, if it got one
    return False


def _run_pair(index_dir: Path, argvs: list[tuple[str, ...]], *, overlap: bool) -> list[tuple[int, str, str]]:
    """Run two commands on `index_dir`: both at once, or (`overlap`) the second once the first holds the lock, so
    it must wait for the lock and then read the version the first one leaves (not the one before it)."""
    first = _qa_index(*argvs[0], "--index", str(index_dir))
    deadline = time.monotonic() + 600
    while overlap and not _lock_held(index_dir) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    overlapped = first.poll() is None
    second = _qa_index(*argvs[1], "--index", str(index_dir))
    results = [(p.returncode, out, err) for p in (first, second) for out, err in [p.communicate(timeout=900)]]
    assert overlapped or not overlap, f"{argvs[0]} finished before the second command started: {results}"
    return results


def _succeeded(results: list[tuple[int, str, str]]) -> list[bool]:
    """Which commands succeeded; a failure must be the one-line busy error (only possible without --wait: a
    command that failed and said so may leave its change out)."""
    out = []
    for rc, stdout, err in results:
        assert rc in (0, 1), (rc, err[-2000:])
        if rc == 1:
            assert err.startswith(BUSY) and err.count("\n") == 1, err
        else:
            assert stdout.startswith(("indexed ", "copied ", "moved ")), (stdout, err[-2000:])
            assert "\nindexed " in f"\n{stdout}", (stdout, err[-2000:])
        out.append(rc == 0)
    return out


def test_two_adds_with_wait_both_land(edits):
    index_dir, results = edits["add+add"]
    assert _succeeded(results) == [True, True]
    assert {"aquarium.txt", "observatory.txt", SHIPPED_DOC} <= _doc_ids(index_dir)


def test_an_add_and_a_build_both_land(edits):
    index_dir, results = edits["add+build"]
    assert _succeeded(results) == [True, True]
    assert {"zorblax.txt", "planetarium.txt", SHIPPED_DOC} <= _doc_ids(index_dir)  # the build's and the add's


def test_an_add_and_a_remove_both_land(edits):
    index_dir, results = edits["add+remove"]
    assert _succeeded(results) == [True, True]
    docs = _doc_ids(index_dir)
    assert "arboretum.txt" in docs and SHIPPED_DOC not in docs and len(docs) == 3


# --- a second build is refused before it does any work -------------------------------------------------------------


def test_a_second_build_is_refused_before_it_reads_the_corpus(tmp_path, monkeypatch, capsys):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_article("museum", 5), encoding="utf-8")
    read: list[object] = []

    def loader(*args, **kwargs):
        read.append(args)
        raise AssertionError("the corpus was read while another build held the lock")

    monkeypatch.setattr(build, "read_source", loader)
    monkeypatch.setattr(build, "corpus_fingerprint", loader)
    with store.build_lock(index_dir):  # a first build, as far as the second can tell
        with pytest.raises(IndexBusyError, match="another build is writing"):
            qa.build_index(corpus, index_dir)
        assert cli(["build", str(corpus), "--index", str(index_dir), "-q"]) == 1
    assert capsys.readouterr().err.startswith(BUSY)
    assert read == []

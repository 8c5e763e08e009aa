"""Concurrent use: one build at a time (the other waits or fails clearly), and readers answering while the
index is rebuilt get every answer whole from the old index or the new one, in-process and over HTTP."""

from __future__ import annotations

import importlib.util
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from conftest import copy_shipped
from test_crash import PROBE, PROBE_ANSWER, REPO, SHIPPED_QUESTION, build_cmd, subprocess_env, zorblax_article

import qa
from qa import store
from qa.answer import answer_with

pytestmark = pytest.mark.slow


def _load_benchmark(name: str) -> ModuleType:
    """benchmarks/<name>.py as a module (by path: a site-packages package is also called "benchmarks")."""
    spec = importlib.util.spec_from_file_location(f"qa_bench_{name}", REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


load_test = _load_benchmark("load_test")
QUESTIONS = (SHIPPED_QUESTION, PROBE, "Which islands does the Tsugaru Strait separate?")


def _leftovers(index_dir: Path) -> list[Path]:
    return list(index_dir.glob(".build-*"))


def _versions(index_dir: Path) -> list[Path]:
    return [p for p in index_dir.iterdir() if store._VERSION_NAME.match(p.name)]


def _start(corpus: Path, index_dir: Path, *flags: str) -> subprocess.Popen:
    return subprocess.Popen(build_cmd(corpus, index_dir, "-q", *flags), env=subprocess_env(), cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _tiny_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bridge.txt").write_text("The bridge over the river was opened in 1932 by the mayor.\n")
    return corpus


# --- two builds into one folder ---------------------------------------------------------------------------------


def test_a_second_build_fails_clearly_or_waits_while_the_lock_is_held(tmp_path):
    corpus, index_dir = _tiny_corpus(tmp_path), tmp_path / "index"
    with store.build_lock(index_dir):  # a build in progress, as far as the subprocesses can tell
        failing, waiting = _start(corpus, index_dir), _start(corpus, index_dir, "--wait")
        out, err = failing.communicate(timeout=180)
        assert failing.returncode == 1
        assert err.startswith("error: another build is writing") and err.count("\n") == 1
        assert str(index_dir) in err and "Traceback" not in err
        time.sleep(1.0)  # `waiting` reached the lock about when `failing` did
        assert waiting.poll() is None, "a build with --wait went ahead while the lock was held"
        assert not (index_dir / store.CURRENT).exists() and len(_versions(index_dir)) == 0
    out, err = waiting.communicate(timeout=180)
    assert waiting.returncode == 0, err
    assert "indexed 1 articles" in out
    assert qa.load_index(index_dir).dense_index.ntotal == 1


def test_two_builds_at_once_never_interleave(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "zorblax.txt").write_text(zorblax_article(30), encoding="utf-8")  # a second or two of embedding
    builds = [_start(corpus, index_dir), _start(corpus, index_dir)]
    outcomes = [(b.returncode, out, err) for b in builds for out, err in [b.communicate(timeout=300)]]
    codes = sorted(rc for rc, _, _ in outcomes)
    assert codes in ([0, 1], [0, 0]), outcomes  # one fails clearly, or (if it came late) builds after
    for rc, _, err in outcomes:
        if rc == 1:
            assert err.startswith("error: another build is writing") and err.count("\n") == 1
    assert len(_versions(index_dir)) == codes.count(0) and _leftovers(index_dir) == []
    for version in _versions(index_dir):  # each version whole: every file matches its manifest
        store.verify_files(version, store.read_manifest(version))
    index = qa.load_index(index_dir)
    assert PROBE_ANSWER in answer_with(index, PROBE).quotes[0].text


# --- readers while the index is rebuilt: threads in this process -----------------------------------------------


def _read_until(stop: threading.Event, work: Callable[[], None], started: threading.Event) -> None:
    work()
    started.set()
    while not stop.is_set():
        work()
    work()  # one more round after the rebuild: it must see the new index


def test_threads_get_whole_answers_from_the_old_or_the_new_index_during_a_rebuild(shipped_copy):
    corpus, index_dir = shipped_copy
    old_index = qa.load_index(index_dir)
    old = {q: (answer_with(old_index, q), old_index.retrieve(q, 5)) for q in QUESTIONS}
    got: list[tuple[str, object, object]] = []
    errors: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        for q in QUESTIONS:
            try:
                result = (qa.answer(q, index_dir=index_dir), qa.retrieve(q, 5, index_dir=index_dir))
            except Exception as e:  # any exception is a failure of this test, recorded with its question
                with lock:
                    errors.append(f"{q}: {type(e).__name__}: {e}")
                continue
            with lock:
                got.append((q, *result))

    stop = threading.Event()
    readers = []
    for i in range(3):
        started = threading.Event()
        readers.append(threading.Thread(target=_read_until, args=(stop, work, started), name=f"reader-{i}"))
        readers[-1].start()
        started.wait(60)
    (corpus / "zorblax.txt").write_text(zorblax_article(40), encoding="utf-8")
    try:
        qa.build_index(corpus, index_dir)  # in this thread, while the readers read
    finally:
        stop.set()
        for t in readers:
            t.join(120)
    new_index = qa.load_index(index_dir)
    new = {q: (answer_with(new_index, q), new_index.retrieve(q, 5)) for q in QUESTIONS}
    assert errors == []
    assert old[PROBE] != new[PROBE] and PROBE_ANSWER in new[PROBE][0].quotes[0].text
    seen = {"old": 0, "new": 0}
    for q, answer, passages in got:  # each call whole on its own (the two calls may straddle the swap)
        assert answer in (old[q][0], new[q][0]), f"{q}: an answer from neither the old nor the new index"
        assert passages in (old[q][1], new[q][1]), f"{q}: passages from neither the old nor the new index"
        if old[q][0] != new[q][0]:
            seen["old" if answer == old[q][0] else "new"] += 1
    assert seen["old"] > 0 and seen["new"] > 0, seen
    # A long-lived, explicitly loaded index keeps answering from its own version after the swap.
    assert all((answer_with(old_index, q), old_index.retrieve(q, 5)) == old[q] for q in QUESTIONS)


def test_the_model_is_safe_to_share_between_threads(loaded):
    """Query embeddings from several threads at once equal the ones computed alone (no tokenizer race)."""
    embedder = loaded.embedder
    texts = [f"Question {i} about " + "tanks and drones " * (i % 9) for i in range(24)]
    alone = {t: embedder.encode([t])[0] for t in texts}
    errors, diffs = [], []

    def work(offset: int) -> None:
        for i in range(len(texts)):
            t = texts[(i + offset) % len(texts)]
            try:
                embedder.count_tokens(t * 5)
                if (embedder.encode([t])[0] != alone[t]).any():
                    diffs.append(t)
            except Exception as e:  # "Already borrowed" and the like
                errors.append(f"{type(e).__name__}: {e}")

    threads = [threading.Thread(target=work, args=(k * 5,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == [] and diffs == []


# --- the running app over HTTP on loopback --------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(shipped_index, tmp_path_factory) -> Iterator[tuple[str, object, Path, Path]]:
    """ui.py serving a copy of the shipped index on a free loopback port: (url, process, corpus, index)."""
    root = tmp_path_factory.mktemp("served")
    corpus, index_dir = root / "articles", root / "index"
    copy_shipped(shipped_index, corpus, index_dir)
    port = load_test.free_port()
    url, log = f"http://127.0.0.1:{port}/", root / "ui.log"
    proc = load_test.start_ui(index_dir, corpus, port, log)
    try:
        load_test.wait_ready(url, proc, log)
        yield url, proc, corpus, index_dir
    finally:
        load_test.stop(proc)


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on `port`, from /proc/net/tcp{,6} (hex, as the kernel writes)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_the_app_listens_on_loopback_only(served):
    url, *_ = served
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and nothing else


def test_http_answers_come_whole_from_the_old_or_the_new_index_during_a_rebuild(served):
    from gradio_client import Client

    url, _, corpus, index_dir = served
    client = Client(url, verbose=False)
    questions = (SHIPPED_QUESTION, PROBE)
    old = {q: load_test.ask(client, q, 120)[:2] for q in questions}  # (chat message, passages panel)
    (corpus / "zorblax.txt").write_text(zorblax_article(20), encoding="utf-8")
    rebuild = subprocess.Popen(build_cmd(corpus, index_dir, "-q"), env=subprocess_env(), cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    got: list[tuple[str, tuple[str, str]]] = []
    errors: list[str] = []

    def session() -> None:
        c = Client(url, verbose=False)
        rounds_after = 0
        while rounds_after < 1:
            if rebuild.poll() is not None:
                rounds_after += 1
            for q in questions:
                try:
                    got.append((q, load_test.ask(c, q, 120)[:2]))
                except Exception as e:  # recorded, so every failure is reported
                    errors.append(f"{q}: {type(e).__name__}: {e}")

    clients = [threading.Thread(target=session) for _ in range(2)]
    for t in clients:
        t.start()
    _, err = rebuild.communicate(timeout=300)
    for t in clients:
        t.join(300)
    assert rebuild.returncode == 0, err
    new = {q: load_test.ask(client, q, 120)[:2] for q in questions}
    assert errors == []
    assert old[PROBE] != new[PROBE] and PROBE_ANSWER in new[PROBE][0]
    for q, reply in got:
        assert load_test.reply_error(reply[0]) == ""
        assert reply in (old[q], new[q]), f"{q}: a reply from neither the old nor the new index"


def test_reduced_load_test_has_no_errors(served):
    url, proc, *_ = served
    result = load_test.run_sessions(url, load_test.session_questions(4, 5), timeout=120)
    assert result["errors"] == []
    assert len(result["latencies_ms"]) == 20
    assert load_test.peak_rss_mib(proc.pid) > 0

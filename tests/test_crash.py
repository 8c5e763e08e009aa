"""Crashes: a build killed at any point leaves the previous index loadable and answering the same, and the
next build cleans up after it; a damaged index is caught at load with a message that says to rebuild."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import qa
from qa import store
from qa.answer import answer_with
from qa.cli import main as cli
from qa.errors import IndexCorruptError, QAError

REPO = Path(__file__).resolve().parents[1]
SHIPPED_QUESTION = "Who leads the Wagner Group?"
PROBE = "How many passengers does the Zorblax ferry company carry every week?"
PROBE_ANSWER = "4,321 passengers"
_NAMES = ["Aurora", "Boreas", "Calypso", "Dorado", "Eider", "Fulmar", "Gannet"]
_MONTHS = "January February March April May June July August September October November December".split()


def zorblax_article(n_crossings: int = 120) -> str:
    """A new article that answers PROBE, long enough that embedding it takes a few seconds."""
    lines = ["Zorblax ferry company reports a record season", "",
             "The Zorblax ferry company carries 4,321 passengers across the bay every week, its owner said."]
    lines += [f"On crossing number {i} the ferry {_NAMES[i % 7]} logged {i * 37 % 997} passengers and "
              f"{i * 13 % 89} cars in {_MONTHS[i % 12]}." for i in range(n_crossings)]
    return "\n".join(lines) + "\n"


def build_cmd(corpus: Path, index_dir: Path, *flags: str) -> list[str]:
    """`qa-index build` as a subprocess command line."""
    return [sys.executable, "-m", "qa", "build", str(corpus), "--index", str(index_dir), *flags]


def subprocess_env() -> dict[str, str]:
    """The environment of a build subprocess: offline."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def results(index_dir: Path) -> dict[str, object]:
    """What a freshly loaded index answers and retrieves for the two questions (compared by equality)."""
    index = qa.load_index(index_dir)
    return {"version": index.version.name,
            **{f"answer {q}": answer_with(index, q) for q in (SHIPPED_QUESTION, PROBE)},
            **{f"retrieve {q}": index.retrieve(q, 5) for q in (SHIPPED_QUESTION, PROBE)}}


def _same_answers(a: dict[str, object], b: dict[str, object]) -> bool:
    return {k: v for k, v in a.items() if k != "version"} == {k: v for k, v in b.items() if k != "version"}


def _leftovers(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.glob(".build-*"))


class _Build:
    """A `qa-index build` subprocess whose stderr (progress bars included) is collected as it comes."""

    def __init__(self, corpus: Path, index_dir: Path) -> None:
        self.proc = subprocess.Popen(build_cmd(corpus, index_dir), env=subprocess_env(), cwd=REPO,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.started = time.monotonic()
        self.err = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while chunk := self.proc.stderr.read1(4096):
            self.err += chunk

    def kill(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        rc = self.proc.wait(60)
        self._reader.join(10)
        return rc


def _kill_after(build: _Build, seconds: float) -> None:
    time.sleep(max(0.0, seconds - (time.monotonic() - build.started)))


def _kill_once_embedding(build: _Build, extra: float, timeout: float = 90) -> None:
    """Wait for the embedding progress bar ("Embedding ... chunks") on stderr, then `extra` seconds more."""
    deadline = time.monotonic() + timeout
    while b"Embedding " not in build.err and build.proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(extra)


def _kill_once_writing(build: _Build, index_dir: Path, timeout: float = 90) -> None:
    """Return as soon as the build's .build-* folder appears: the files are being written."""
    deadline = time.monotonic() + timeout
    while not _leftovers(index_dir) and build.proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.0005)


@pytest.mark.slow
def test_sigkill_during_a_rebuild_leaves_the_previous_index_answering_the_same(shipped_copy):
    corpus, index_dir = shipped_copy
    before = results(index_dir)
    (corpus / "zorblax.txt").write_text(zorblax_article(), encoding="utf-8")  # the rebuild has work to do

    points = [
        ("starting up (0.5 s)", lambda b: _kill_after(b, 0.5)),
        ("loading the model (3 s)", lambda b: _kill_after(b, 3.0)),
        ("embedding", lambda b: _kill_once_embedding(b, 0.3)),
        ("writing the new version", lambda b: _kill_once_writing(b, index_dir)),
    ]
    seen = []
    for label, wait_for in points:
        build = _Build(corpus, index_dir)
        wait_for(build)
        rc = build.kill()
        left = _leftovers(index_dir)
        after = results(index_dir)  # loadable, whatever the moment of the kill
        seen.append((label, rc, left, after))
    for label, rc, left, after in seen:
        print(f"killed while {label}: exit {rc}, leftovers {left}, live version {after['version']}")
        if after["version"] == before["version"]:
            assert _same_answers(after, before), f"killed while {label}: the old index answers differently"
        else:  # the kill came after the new version was swapped in whole: that is fine too
            assert rc in (0, -signal.SIGKILL) and PROBE_ANSWER in after[f"answer {PROBE}"].quotes[0].text
    killed = [label for label, rc, _, _ in seen if rc == -signal.SIGKILL]
    assert len(killed) >= 3, f"builds finished before the kill: {seen}"
    assert "embedding" in killed, "the build was never caught embedding"

    if not _leftovers(index_dir):  # the kill while writing missed the window: leave a folder as it would
        (index_dir / ".build-0badc0de").mkdir()
        (index_dir / ".build-0badc0de" / "dense.faiss").write_bytes(b"\0" * 64)
    stats = qa.build_index(corpus, index_dir)  # the next build: cleans up, completes
    assert _leftovers(index_dir) == []
    after = results(index_dir)
    assert after["version"] == Path(stats.index_dir).name != before["version"]
    assert PROBE_ANSWER in after[f"answer {PROBE}"].quotes[0].text
    assert PROBE_ANSWER not in before[f"answer {PROBE}"].text
    assert len([p for p in index_dir.iterdir() if store._VERSION_NAME.match(p.name)]) <= 1 + store.KEEP_OLD_VERSIONS


# --- a damaged index is caught at load ------------------------------------------------------------------------


def _edit_manifest(version: Path, edit) -> None:
    path = version / store.MANIFEST
    manifest = json.loads(path.read_text())
    edit(manifest)
    path.write_text(json.dumps(manifest))


def _cut(path: Path, keep: int | float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(keep if isinstance(keep, int) else len(data) * keep)])


def _garble(path: Path) -> None:
    rng = random.Random(0)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(path.stat().st_size)))


def _flip_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))


DAMAGE = {
    "faiss file cut short": lambda v, forge: _cut(v / "dense.faiss", 100),
    "faiss file cut short, checksums forged": lambda v, forge: (_cut(v / "dense.faiss", 0.5), forge(v)),
    "faiss file garbage, checksums forged": lambda v, forge: (_garble(v / "dense.faiss"), forge(v)),
    "faiss file dropped from the manifest and cut": lambda v, forge: (
        _edit_manifest(v, lambda m: m["files"].pop("dense.faiss")), _cut(v / "dense.faiss", 0.3)),
    "chunk file missing": lambda v, forge: (v / "chunks.npy").unlink(),
    "sentence file cut short": lambda v, forge: _cut(v / "sentences.npy", 0.5),
    "sentence file cut short, checksums forged": lambda v, forge: (_cut(v / "sentences.npy", 0.5), forge(v)),
    "sentence vectors cut short, checksums forged": lambda v, forge: (
        _cut(v / "sentence_vectors.npy", 0.5), forge(v)),
    "article text edited": lambda v, forge: _flip_one_byte(v / "article_text.npy"),
    "article fields edited": lambda v, forge: _flip_one_byte(v / "articles.jsonl"),
    "a BM25 file missing": lambda v, forge: next(v.glob("bm25_*.npy")).unlink(),
    "a BM25 file edited": lambda v, forge: _flip_one_byte(next(v.glob("bm25_*.npy"))),
    "manifest is not JSON": lambda v, forge: (v / store.MANIFEST).write_text('{"files": {'),
    "manifest missing": lambda v, forge: (v / store.MANIFEST).unlink(),
    "manifest checksum edited": lambda v, forge: _edit_manifest(
        v, lambda m: m["files"]["chunks.npy"].update(sha256="0" * 64)),
    "manifest settings edited": lambda v, forge: _edit_manifest(v, lambda m: m["settings"].update(chunk_tokens="many")),
    "CURRENT garbage": lambda v, forge: (v.parent / store.CURRENT).write_text("v-not-a-version\n"),
    "CURRENT names a deleted version": lambda v, forge: shutil.rmtree(v),
    "version folder emptied": lambda v, forge: [p.unlink() for p in v.iterdir()],
}


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_index_is_caught_at_load_with_a_message_to_rebuild(shipped_copy, capsys, damage, forge_checksums):
    import ui

    _, index_dir = shipped_copy
    DAMAGE[damage](store.current_version(index_dir), forge_checksums)
    with pytest.raises(IndexCorruptError) as info:
        qa.load_index(index_dir)
    message = str(info.value)
    assert "rebuild" in message and "\n" not in message and str(index_dir) in message
    with pytest.raises(QAError, match="rebuild"):
        qa.answer(SHIPPED_QUESTION, index_dir=index_dir)
    with pytest.raises(QAError, match="rebuild"):
        qa.retrieve(SHIPPED_QUESTION, index_dir=index_dir)
    for command in ("ask", "search"):
        assert cli([command, SHIPPED_QUESTION, "--index", str(index_dir)]) == 1
        captured = capsys.readouterr()
        assert captured.err.startswith("error: ") and captured.err.count("\n") == 1 and "rebuild" in captured.err
        assert "Traceback" not in captured.err + captured.out
    *_, (chat, _) = ui.respond(SHIPPED_QUESTION, [], index_dir=index_dir)
    assert chat.startswith("⚠️") and "rebuild" in chat


@pytest.mark.slow
def test_a_rebuild_replaces_a_damaged_index(shipped_index, shipped_copy, forge_checksums):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    _garble(version / "dense.faiss")
    forge_checksums(version)
    stats = qa.build_index(shipped_index.parent / "articles", index_dir)  # does not trip over the old one
    assert stats.n_embedded > 0
    assert "Prigozhin" in qa.answer(SHIPPED_QUESTION, index_dir=index_dir).quotes[0].text

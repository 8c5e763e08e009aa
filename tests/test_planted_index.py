"""An index folder from a stranger: arrays and rows a build never writes, with the checksums recomputed to match,
are refused at load with the one-line "damaged" error, never a crash, a wrong citation or a traceback; a
CURRENT, manifest or lock that is a pipe or a link is refused at once; a manifest of the wrong shape is one line.

Loading and answering run in a separate process (`index_probe.Probe`), so a crash is a failed test, not the end
of the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from index_probe import QUESTIONS, Probe
from test_files import finishes, unblock

import qa
from qa import dense, dense_files, store
from qa.cli import main as cli
from qa.errors import IndexCorruptError, QAError

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def probe():
    worker = Probe()
    yield worker
    worker.close()


# --- writing what a build never writes ----------------------------------------------------------------------------


def _array(version: Path, name: str) -> np.ndarray:
    return np.load(version / name, allow_pickle=False)


def _save(version: Path, name: str, array: np.ndarray) -> None:
    with open(version / name, "wb") as f:  # np.save to a path would add ".npy" to a name without it
        np.save(f, array, allow_pickle=False)


def _rows(version: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (version / name).read_text(encoding="utf-8").splitlines()]


def _write_rows(version: Path, name: str, rows: list) -> None:
    (version / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _edit_rows(name: str, edit: Callable[[dict], None], *, only_first: bool = False) -> Callable[[Path], None]:
    def plant(version: Path) -> None:
        rows = _rows(version, name)
        for row in rows[:1] if only_first else rows:
            edit(row)
        _write_rows(version, name, rows)
    return plant


def _edit_array(name: str, edit: Callable[[np.ndarray], np.ndarray]) -> Callable[[Path], None]:
    return lambda version: _save(version, name, edit(_array(version, name)))


def _counts(version: Path) -> dict:
    return json.loads((version / store.MANIFEST).read_text())["counts"]


def _faiss(version: Path, n: int, dim: int) -> None:
    vectors = np.random.default_rng(0).standard_normal((n, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    dense_files.write_dense(dense.build_dense(vectors), version / "dense.faiss")


def _narrow_model(version: Path) -> None:
    """Every vector 100 wide, and the manifest saying so: consistent, but not what the named model makes."""
    counts = _counts(version)
    _faiss(version, counts["chunks"], 100)
    _save(version, "sentence_vectors.npy", np.zeros((counts["sentences"], 100), np.float16))
    manifest = json.loads((version / store.MANIFEST).read_text())
    manifest["model"]["dim"] = 100
    (version / store.MANIFEST).write_text(json.dumps(manifest))


def _garble_header(version: Path) -> None:
    path = version / "bm25_base_indptr.npy"
    data = path.read_bytes()
    path.write_bytes(data.replace(b"'shape': (", b"'shape': [", 1))  # same length; no longer a Python literal


def _out_of_order(array: np.ndarray) -> np.ndarray:
    out = array.copy()
    out[1], out[2] = out[-1], 0  # still from 0 to the number of weights, but not in order
    return out


def _npz(version: Path, name: str) -> None:
    array = _array(version, name)
    with open(version / name, "wb") as f:  # np.savez to a path would add ".npz" to the name
        np.savez(f, array)


def _set(key: str, value: object) -> Callable[[dict], None]:
    return lambda row: row.__setitem__(key, value)


CHUNKS, SENTENCES = "chunks.npy", "sentences.npy"
TEXT, TEXT_BOUNDS = "article_text.npy", "article_text_bounds.npy"
_COLUMNS = {CHUNKS: ("doc", "start", "end", "n_tokens", "first_sentence", "last_sentence", "dup_of"),
            SENTENCES: ("doc", "start", "end", "dup_of")}


def _edit_table(name: str, column: str, value: int, *, only_first: bool = False) -> Callable[[Path], None]:
    """Set `column` of table `name` (chunks.npy, sentences.npy) to `value`, in its first row or all."""
    def edit(a: np.ndarray) -> np.ndarray:
        out = a.astype(np.int64)
        out[:1 if only_first else len(out), _COLUMNS[name].index(column)] = value
        return out.astype(a.dtype) if np.iinfo(a.dtype).min <= value <= np.iinfo(a.dtype).max else out
    return _edit_array(name, edit)


def _first_after_last(a: np.ndarray) -> np.ndarray:
    out = a.copy()
    out[0, 4] = out[0, 5] + 1
    return out


def _truncate_text(version: Path) -> None:
    path = version / TEXT
    path.write_bytes(path.read_bytes()[:-100])  # the header still says the old length: shortened to what is left


def _longer_offsets(version: Path) -> None:
    """The first article's offset map says it is 10 characters longer than its text (and its spans reach there)."""
    lengths = _array(version, "article_lengths.npy")
    lengths[0, 1] += 10
    _save(version, "article_lengths.npy", lengths)


def _not_utf8(version: Path) -> None:
    text = _array(version, TEXT).copy()
    text[:] = 0xFF  # as long as before, so the load passes: found when a question's quote or a rebuild reads it
    _save(version, TEXT, text)


BM25_INDICES, BM25_INDPTR, BM25_DATA = "bm25_base_indices.npy", "bm25_base_indptr.npy", "bm25_base_data.npy"
# case -> (plant it in a version folder, the file the error must name)
PLANTED: dict[str, tuple[Callable[[Path], None], str]] = {
    "BM25 chunk numbers of 2**30 (SIGSEGV)": (_edit_array(BM25_INDICES, lambda a: np.full_like(a, 2**30)),
                                              BM25_INDICES),
    "BM25 chunk numbers one past the last chunk (double free)": (
        lambda v: _save(v, BM25_INDICES, np.full_like(_array(v, BM25_INDICES), _counts(v)["chunks"])), BM25_INDICES),
    "negative BM25 chunk numbers": (_edit_array(BM25_INDICES, lambda a: -1 - a), BM25_INDICES),
    "BM25 chunk numbers as floats": (_edit_array(BM25_INDICES, lambda a: a.astype(np.float32)), BM25_INDICES),
    "BM25 row offsets out of order": (_edit_array(BM25_INDPTR, _out_of_order), BM25_INDPTR),
    "BM25 row offsets not from 0": (_edit_array(BM25_INDPTR, lambda a: a + 1), BM25_INDPTR),
    "BM25 row offsets past the weights": (_edit_array(BM25_INDPTR, lambda a: np.append(a[:-1], a[-1] + 7)),
                                          BM25_INDPTR),
    "BM25 weights that are NaN": (_edit_array(BM25_DATA, lambda a: np.full_like(a, np.nan)), BM25_DATA),
    "BM25 weights in another byte order": (_edit_array(BM25_DATA, lambda a: a.astype(">f4")), BM25_DATA),
    "BM25 weights as a 2-D array": (_edit_array(BM25_DATA, lambda a: a.reshape(1, -1)), BM25_DATA),
    "a garbled .npy header": (_garble_header, BM25_INDPTR),
    "a .npz archive for an array": (lambda v: _npz(v, BM25_DATA), BM25_DATA),
    "BM25 vocabulary of another size": (
        lambda v: (v / "bm25_vocab.json").write_text(json.dumps(
            {**json.loads((v / "bm25_vocab.json").read_text()), "terms": ["a"]})), BM25_INDPTR),
    "BM25 vocabulary naming another chunk count": (
        lambda v: (v / "bm25_vocab.json").write_text(json.dumps(
            {**json.loads((v / "bm25_vocab.json").read_text()), "n_docs": 10**6})), "bm25_vocab.json"),
    "BM25 vocabulary that is not a list": (
        lambda v: (v / "bm25_vocab.json").write_text(json.dumps({"n_docs": 1, "terms": "abc"})), "bm25_vocab.json"),
    "sentence vectors of another width": (
        lambda v: _save(v, "sentence_vectors.npy", np.zeros((_counts(v)["sentences"], 100), np.float16)),
        "sentence_vectors.npy"),
    "sentence vectors one row short": (_edit_array("sentence_vectors.npy", lambda a: a[:-1]), "sentence_vectors.npy"),
    "sentence vectors as an object array": (
        lambda v: np.save(v / "sentence_vectors.npy", np.array([None, 1], dtype=object), allow_pickle=True),
        "sentence_vectors.npy"),
    "FAISS vectors of another width": (lambda v: _faiss(v, _counts(v)["chunks"], 100), "dense.faiss"),
    "FAISS with one vector too few": (lambda v: _faiss(v, _counts(v)["chunks"] - 1, 384), "dense.faiss"),
    "vectors of another width everywhere, the manifest agreeing": (_narrow_model, "manifest.json"),
    "chunk rows naming article -1 (cites the wrong article)": (_edit_table(CHUNKS, "doc", -1), CHUNKS),
    "a chunk row naming an article past the last": (_edit_table(CHUNKS, "doc", 99, only_first=True), CHUNKS),
    "a chunk span past its article's text": (_edit_table(CHUNKS, "end", 10**7, only_first=True), CHUNKS),
    "a chunk's sentence rows past the sentence table": (
        _edit_table(CHUNKS, "last_sentence", 10**6, only_first=True), CHUNKS),
    "a chunk's first sentence after its last": (_edit_array(CHUNKS, _first_after_last), CHUNKS),
    "a chunk's sentences from another article": (_edit_table(CHUNKS, "doc", 1, only_first=True), CHUNKS),
    "a chunk's duplicate group out of range": (_edit_table(CHUNKS, "dup_of", 10**6, only_first=True), CHUNKS),
    "chunk rows as floats": (_edit_array(CHUNKS, lambda a: a.astype(np.float64)), CHUNKS),
    "chunk rows of 2**40 (int64)": (_edit_array(CHUNKS, lambda a: np.full(a.shape, 2**40, np.int64)), CHUNKS),
    "chunk rows of another width": (_edit_array(CHUNKS, lambda a: a[:, :-1].copy()), CHUNKS),
    "chunk rows as one flat array": (_edit_array(CHUNKS, lambda a: a.ravel()), CHUNKS),
    "chunk rows in Fortran order": (_edit_array(CHUNKS, np.asfortranarray), CHUNKS),
    "sentence rows naming article -1": (_edit_table(SENTENCES, "doc", -1), SENTENCES),
    "a sentence span past its article's text": (_edit_table(SENTENCES, "end", 10**7, only_first=True), SENTENCES),
    "a negative sentence duplicate group": (_edit_table(SENTENCES, "dup_of", -5, only_first=True), SENTENCES),
    "a chunk row missing, the manifest's count left as it was": (_edit_array(CHUNKS, lambda a: a[:-1]), CHUNKS),
    "a sentence row missing": (_edit_array(SENTENCES, lambda a: a[:-1]), SENTENCES),
    "article text file truncated": (_truncate_text, TEXT),
    "article text shorter than its bounds say": (_edit_array(TEXT, lambda a: a[:-100]), TEXT_BOUNDS),
    "article text shorter than its offsets say": (_longer_offsets, TEXT),
    "article text that is not UTF-8": (_not_utf8, TEXT),
    "article text as int32": (_edit_array(TEXT, lambda a: a.astype(np.int32)), TEXT),
    "article text bounds out of order": (_edit_array(TEXT_BOUNDS, _out_of_order), TEXT_BOUNDS),
    "article text bounds past the text": (
        _edit_array(TEXT_BOUNDS, lambda a: np.append(a[:-1], a[-1] + 7)), TEXT_BOUNDS),
    "article text bounds as int32": (_edit_array(TEXT_BOUNDS, lambda a: a.astype(np.int32)), TEXT_BOUNDS),
    "chunk ids that are not UTF-8": (lambda v: _save(v, "chunk_ids.npy", np.full_like(_array(v, "chunk_ids.npy"),
                                                                                      0xFF)), "chunk_ids.npy"),
    "chunk id bounds one row short": (_edit_array("chunk_ids_bounds.npy", lambda a: a[:-1]), "chunk_ids_bounds.npy"),
    "an article source that is a list": (
        _edit_rows("articles.jsonl", lambda r: r["metadata"].update(source=["x"]), only_first=True),
        "articles.jsonl"),
    "offsets that are not integers": (
        _edit_array("article_offsets.npy", lambda a: a.astype(np.float64)), "article_offsets.npy"),
    "an offset below 0": (_edit_array("article_offsets.npy", lambda a: a - 1), "article_offsets.npy"),
    "offset segments one row short": (_edit_array("article_offsets.npy", lambda a: a[:-1]), "article_lengths.npy"),
    "an article title that is a number": (
        _edit_rows("articles.jsonl", _set("title", 12345), only_first=True), "articles.jsonl"),
    "two articles with one doc_id": (
        lambda v: _write_rows(v, "articles.jsonl", [(rows := _rows(v, "articles.jsonl"))[0], *[
            {**r, "doc_id": rows[0]["doc_id"]} for r in rows[1:]]]), "articles.jsonl"),
}


@pytest.mark.parametrize("case", PLANTED, ids=list(PLANTED))
def test_planted_index_data_is_refused_in_one_line(shipped_copy, forge_checksums, probe, case):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    plant, named = PLANTED[case]
    plant(version)
    forge_checksums(version)  # the checksums agree: only the checks of the data itself stand in the way
    reply = probe.check(index_dir)
    assert reply["outcome"] == "error", reply
    message = reply["message"]
    assert message.startswith(f"index file {version / named} is damaged (") and "\n" not in message, message
    assert message.endswith("rebuild with `qa-index build`")


@pytest.mark.parametrize("case", [c for c in PLANTED if "SIGSEGV" in c or "double free" in c])
def test_cli_ask_on_planted_bm25_numbers_is_one_line_not_a_crash(shipped_copy, forge_checksums, case):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    PLANTED[case][0](version)
    forge_checksums(version)
    proc = subprocess.run([sys.executable, "-m", "qa", "ask", QUESTIONS[0], "--index", str(index_dir)],
                          cwd=REPO, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)})
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
    assert proc.stderr.startswith("error: index file ") and proc.stderr.count("\n") == 1, proc.stderr


def test_the_probe_answers_from_a_sound_index(shipped_copy, probe):
    _, index_dir = shipped_copy
    assert probe.check(index_dir) == {"outcome": "answer"}


def test_an_hnsw_graph_linking_outside_itself_is_refused(tmp_path):
    import faiss

    vectors = np.random.default_rng(1).standard_normal((400, 16)).astype(np.float32)
    dense_files.write_dense(dense.build_dense(vectors / np.linalg.norm(vectors, axis=1, keepdims=True), kind="hnsw"),
                      tmp_path / "h.faiss")
    assert dense_files.read_dense(tmp_path / "h.faiss", dim=16, ntotal=400).ntotal == 400
    index = faiss.read_index(str(tmp_path / "h.faiss"))
    levels = faiss.rev_swig_ptr(index.hnsw.levels.data(), index.hnsw.levels.size())
    offsets = faiss.rev_swig_ptr(index.hnsw.offsets.data(), index.hnsw.offsets.size())
    neighbors = faiss.rev_swig_ptr(index.hnsw.neighbors.data(), index.hnsw.neighbors.size())
    upper, lower = int(np.flatnonzero(levels > 1)[0]), int(np.flatnonzero(levels == 1)[0])
    neighbors[int(offsets[upper]) + int(faiss.vector_to_array(index.hnsw.cum_nneighbor_per_level)[1])] = lower
    faiss.write_index(index, str(tmp_path / "bad.faiss"))  # a level-1 link to a node with no level 1
    with pytest.raises(IndexCorruptError, match="an HNSW link to a node without that level"):
        dense_files.read_dense(tmp_path / "bad.faiss", dim=16, ntotal=400)
    for dim, ntotal in ((17, 400), (16, 401)):
        with pytest.raises(IndexCorruptError, match="the manifest says"):
            dense_files.read_dense(tmp_path / "h.faiss", dim=dim, ntotal=ntotal)


# --- CURRENT, manifest.json and .lock: plain files inside the folder, or refused at once --------------------------


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _link(path: Path, target: Path | str) -> None:
    path.unlink()
    path.symlink_to(target)


def _outside_copy(path: Path) -> Path:
    outside = path.parent.parent.parent / f"outside-{path.name}"
    outside.write_bytes(path.read_bytes())  # a true copy: the only fault is where it lives
    return outside


FOLDER_FILES = {  # case -> (plant, the path that must be named, the words that must say why)
    "CURRENT is a named pipe": (lambda d, v: _fifo(d / "CURRENT"), "CURRENT", "named pipe"),
    "CURRENT links to /dev/zero": (lambda d, v: _link(d / "CURRENT", "/dev/zero"), "CURRENT", "symbolic link"),
    "CURRENT is not UTF-8": (lambda d, v: (d / "CURRENT").write_bytes(b"v-\xff\xfe\n"), "CURRENT", "not UTF-8"),
    "manifest.json is a named pipe": (lambda d, v: _fifo(v / "manifest.json"), "manifest.json", "named pipe"),
    "manifest.json links to /dev/zero": (lambda d, v: _link(v / "manifest.json", "/dev/zero"), "manifest.json",
                                         "symbolic link"),
    "manifest.json links to a true copy outside the folder": (
        lambda d, v: _link(v / "manifest.json", _outside_copy(v / "manifest.json")), "manifest.json",
        "symbolic link"),
    "chunks.npy is a named pipe": (lambda d, v: _fifo(v / "chunks.npy"), "chunks.npy", "named pipe"),
    "articles.jsonl is a named pipe": (lambda d, v: _fifo(v / "articles.jsonl"), "articles.jsonl", "named pipe"),
    "dense.faiss links to a true copy outside the folder": (
        lambda d, v: _link(v / "dense.faiss", _outside_copy(v / "dense.faiss")), "dense.faiss", "symbolic link"),
}


@pytest.mark.parametrize("case", FOLDER_FILES, ids=list(FOLDER_FILES))
def test_index_files_that_are_pipes_or_links_are_refused_at_once(shipped_copy, capsys, case):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    plant, named, why = FOLDER_FILES[case]
    plant(index_dir, version)
    fifos = [p for p in (index_dir / "CURRENT", *version.iterdir()) if p.is_fifo()]
    calls = {"load_index": lambda: qa.load_index(index_dir), "stats": lambda: cli(["stats", "--index", str(index_dir)]),
             "ask": lambda: cli(["ask", QUESTIONS[0], "--index", str(index_dir)]),
             "remove": lambda: cli(["remove", "x", "--index", str(index_dir)])}
    for name, call in calls.items():
        try:
            done, value = finishes(call, timeout=60)
        finally:
            for fifo in fifos:
                unblock(fifo)
        assert done, f"{name} hung on {case}"
        if name == "load_index":
            assert isinstance(value, IndexCorruptError), value
            assert named in str(value) and why in str(value) and "\n" not in str(value)
        else:
            err = capsys.readouterr().err
            assert value == 1 and err.startswith("error: ") and err.count("\n") == 1, (name, value, err)
            assert named in err and "rebuild" in err, (name, err)


@pytest.mark.parametrize("target", ["missing", "file", "fifo"])
def test_a_lock_that_is_a_link_or_a_pipe_is_refused_and_nothing_is_created_outside(tmp_path, capsys, target):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The bridge over the river was opened in 1932 by the mayor.\n")
    index_dir.mkdir()
    outside = tmp_path / "elsewhere" / "lock-target"
    outside.parent.mkdir()
    if target == "fifo":
        os.mkfifo(index_dir / ".lock")
    else:
        if target == "file":
            outside.write_text("precious")
        (index_dir / ".lock").symlink_to(outside)
    done, value = finishes(lambda: cli(["build", str(corpus), "--index", str(index_dir), "-q"]), timeout=60)
    if target == "fifo":
        unblock(index_dir / ".lock")
    assert done and value == 1, value
    err = capsys.readouterr().err
    assert err.startswith("error: cannot take the build lock") and err.count("\n") == 1 and ".lock" in err
    assert "named pipe" in err if target == "fifo" else "symbolic link" in err
    assert outside.exists() == (target == "file") and (target != "file" or outside.read_text() == "precious")
    assert not (index_dir / "CURRENT").exists()


# --- manifests of the wrong shape ---------------------------------------------------------------------------------


def _edit_manifest(edit: Callable[[dict], object]) -> Callable[[Path], None]:
    def plant(version: Path) -> None:
        manifest = json.loads((version / store.MANIFEST).read_text())
        edit(manifest)
        (version / store.MANIFEST).write_text(json.dumps(manifest))
    return plant


MANIFESTS = {
    "model as a string": _edit_manifest(lambda m: m.update(model="all-MiniLM-L6-v2")),
    "settings as a list": _edit_manifest(lambda m: m.update(settings=["model"])),
    "a file entry as a string": _edit_manifest(lambda m: m["files"].update({"chunks.npy": "abc"})),
    "counts missing": _edit_manifest(lambda m: m.pop("counts")),
    "a count as a string": _edit_manifest(lambda m: m["counts"].update(chunks="37")),
    "a negative dimension": _edit_manifest(lambda m: m["model"].update(dim=-384)),
    "200k-deep nesting": lambda v: (v / store.MANIFEST).write_text("[" * 200_000 + "]" * 200_000),
    "a list, not an object": lambda v: (v / store.MANIFEST).write_text("[]"),
    "not UTF-8": lambda v: (v / store.MANIFEST).write_bytes(b'{"format": 1, "x": "\xff"}'),
}


@pytest.mark.parametrize("case", MANIFESTS, ids=list(MANIFESTS))
def test_a_manifest_of_the_wrong_shape_is_one_line(shipped_copy, capsys, case):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    MANIFESTS[case](version)
    with pytest.raises(IndexCorruptError) as info:
        qa.load_index(index_dir)
    assert str(version / store.MANIFEST) in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(QAError, match="rebuild"):
        qa.index_info(index_dir)
    for argv in (["stats"], ["ask", QUESTIONS[0]], ["search", QUESTIONS[0]], ["remove", "x"]):
        assert cli([*argv, "--index", str(index_dir)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1 and "manifest.json" in err, (argv, err)

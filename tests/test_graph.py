"""Incremental HNSW (qa/graph.py): the previous graph file kept as it is, new rows in a delta searched exactly,
deleted rows hidden by the row map, the delta folded in past the share, and every file checked at load."""

import faiss
import numpy as np
import pytest

from qa import dense, dense_files, graph
from qa.config import Settings
from qa.errors import IndexCorruptError
from qa.manifest import CorpusInfo, Counts, FileEntry, Manifest, ModelInfo

SMALL = Settings(hnsw_above=10, hnsw_rebuild_share=0.2)


def _unit(rng, n, d=16):
    v = rng.standard_normal((n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _manifest(folder, n):
    files = {p.name: FileEntry(p.stat().st_size, "") for p in folder.iterdir()}
    return Manifest(ModelInfo("m", 16, 256), {}, 0, CorpusInfo("c", "f"), Counts(1, n, 0, 0), "", files=files)


def _written(made, folder, n):
    folder.mkdir()
    graph.write(folder, made, None)
    return folder, _manifest(folder, n)


@pytest.fixture
def old(tmp_path):
    """A 300-row graph as a full build writes it, read back mapped as the previous version."""
    vectors = _unit(np.random.default_rng(0), 300)
    built = graph.dense_for(vectors, None, None, SMALL)
    assert built.how == "new graph" and isinstance(built.index, faiss.IndexHNSWFlat)
    folder, m = _written(built, tmp_path / "old", 300)
    index = dense_files.read(folder, m, mmap=True)
    return vectors, graph.previous_graph(index, folder / dense.FILE, m.files[dense.FILE].bytes)


def _edit(vectors, drop, new):
    """The rows of a new version, `drop` rows gone and `new` vectors in front (rows shift), and each row's
    previous row (-1: new)."""
    keep = [i for i in range(len(vectors)) if i not in set(drop)]
    return np.concatenate([new, vectors[keep]]), np.array([-1] * len(new) + keep)


def _exact(vectors, q, k=10, allowed=None):
    scores = vectors @ q if allowed is None else np.where(allowed, vectors @ q, -np.inf)
    return np.argsort(-scores, kind="stable")[:k].tolist()


def test_an_edit_keeps_the_graph_and_puts_new_rows_in_a_delta(old, monkeypatch):
    vectors, prev = old
    monkeypatch.setattr(graph, "new_graph", lambda v: pytest.fail("the graph was built again"))
    monkeypatch.setattr(dense_files, "read_dense", lambda *a, **k: pytest.fail("the graph file was read again"))
    new_vectors, source = _edit(vectors, drop=[5, 17, 250], new=_unit(np.random.default_rng(1), 4))
    got = graph.dense_for(new_vectors, source, prev, SMALL)
    assert (got.how, got.inserted, got.deleted, got.kept_file) == ("delta", 4, 3, True)
    assert got.index.base is prev.parts.base and len(got.index.delta) == 4  # the same graph, not a copy
    rows = got.index.rows
    assert list(rows[[5, 17, 250]]) == [-1, -1, -1] and list(rows[300:]) == [0, 1, 2, 3]
    assert rows[0] == 4 and rows[299] == 300  # old row 0 is row 4 now (4 rows in front of it)
    np.testing.assert_array_equal(dense.vectors_of(got.index), new_vectors)


def test_searches_match_exact_search_and_never_return_deleted_rows(old, tmp_path):
    vectors, prev = old
    new_vectors, source = _edit(vectors, drop=list(range(0, 20, 2)), new=_unit(np.random.default_rng(2), 5))
    got = graph.dense_for(new_vectors, source, prev, SMALL)
    assert got.how == "delta" and got.deleted == 10
    folder, m = _written(got, tmp_path / "new", len(new_vectors))
    assert {p.name for p in folder.iterdir()} == {dense.FILE, dense.DELTA_FILE, dense.ROWS_FILE}
    rng = np.random.default_rng(3)
    for mmap in (False, True):
        loaded = dense_files.read(folder, m, mmap=mmap)
        assert loaded.ntotal == len(new_vectors)
        for q in [*vectors[[0, 2, 30, 200]], *new_vectors[:5], *_unit(rng, 5)]:  # deleted, new, other queries
            assert [r for r, _ in dense.search_dense(loaded, q, 10)] == _exact(new_vectors, q)
        allowed = rng.random(len(new_vectors)) < 0.1
        allowed[[1, 7]] = True  # a delta row and a graph row
        for q in (new_vectors[1], new_vectors[7], *_unit(rng, 3)):
            assert [r for r, _ in dense.search_dense(loaded, q, 10, allowed)] == _exact(new_vectors, q, 10, allowed)


def test_an_edit_of_an_edited_version_keeps_the_same_base(old, tmp_path):
    vectors, prev = old
    first, source = _edit(vectors, drop=[3], new=_unit(np.random.default_rng(4), 3))
    once = graph.dense_for(first, source, prev, SMALL)
    folder, m = _written(once, tmp_path / "once", len(first))
    again = graph.previous_graph(dense_files.read(folder, m, mmap=True), folder / dense.FILE, 1 << 30)
    second, source = _edit(first, drop=[1, 100], new=_unit(np.random.default_rng(5), 2))  # one delta row dropped
    got = graph.dense_for(second, source, again, SMALL)
    assert got.how == "delta" and len(got.index.delta) == 4 and got.deleted == 2
    np.testing.assert_array_equal(dense.vectors_of(got.index), second)


def test_past_the_share_the_delta_is_folded_into_the_graph(old, tmp_path):
    vectors, prev = old
    new_vectors, source = _edit(vectors, drop=[9], new=_unit(np.random.default_rng(6), 80))
    got = graph.dense_for(new_vectors, source, prev, SMALL)  # 81 of 380 slots: past 20%, deleted alone not
    assert got.how == "updated graph" and got.index.base is not prev.parts.base and not len(got.index.delta)
    assert got.index.base.ntotal == 380 and prev.parts.base.ntotal == 300  # the previous graph is not changed
    np.testing.assert_array_equal(dense.vectors_of(got.index), new_vectors)
    folder, m = _written(got, tmp_path / "folded", len(new_vectors))
    assert {p.name for p in folder.iterdir()} == {dense.FILE, dense.ROWS_FILE}
    loaded = dense_files.read(folder, m, mmap=True)
    for q in new_vectors[[0, 50, 200]]:
        assert [r for r, _ in dense.search_dense(loaded, q, 10)] == _exact(new_vectors, q)


def test_past_half_the_share_deleted_a_new_graph_is_built(old):
    vectors, prev = old
    new_vectors, source = _edit(vectors, drop=list(range(70)), new=_unit(np.random.default_rng(7), 1))
    got = graph.dense_for(new_vectors, source, prev, SMALL)  # 71 of 301 changed (past 20%), 70 deleted (past 10%)
    assert got.how == "new graph" and got.index.ntotal == len(new_vectors)
    assert graph.dense_for(new_vectors[:8], source[:8], prev, SMALL).how == "flat"  # at or below the threshold


def test_a_graph_with_its_id_map_inside_is_read_and_folded(tmp_path):
    vectors = _unit(np.random.default_rng(8), 200)
    legacy = faiss.IndexIDMap(dense.empty_hnsw(16))  # what rebuilds wrote before `Parts`: slot 0 deleted
    legacy.add_with_ids(vectors, np.array([-1, *range(199)], dtype=np.int64))
    folder = tmp_path / "legacy"
    folder.mkdir()
    dense_files.write_dense(legacy, folder / dense.FILE)
    m = _manifest(folder, 199)
    index = dense_files.read(folder, m, mmap=True)
    assert [r for r, _ in dense.search_dense(index, vectors[5], 3)] == _exact(vectors[1:], vectors[5], 3)
    prev = graph.previous_graph(index, folder / dense.FILE, m.files[dense.FILE].bytes)
    new_vectors = np.concatenate([_unit(np.random.default_rng(9), 1), vectors[1:]])
    got = graph.dense_for(new_vectors, np.arange(-1, 199), prev, SMALL)  # never linked: its map is inside
    assert got.how == "updated graph" and isinstance(got.index.base, faiss.IndexHNSWFlat)
    del index, prev
    np.testing.assert_array_equal(dense.vectors_of(got.index), new_vectors)
    assert [r for r, _ in dense.search_dense(got.index, new_vectors[0], 10)] == _exact(new_vectors, new_vectors[0])


def test_a_graph_with_its_id_map_inside_and_no_slot_deleted_answers_by_its_map(tmp_path):
    vectors = _unit(np.random.default_rng(11), 200)  # by row; slot i holds row perm[i]
    perm = np.random.default_rng(12).permutation(200)
    legacy = faiss.IndexIDMap(dense.empty_hnsw(16))
    legacy.add_with_ids(vectors[perm], perm.astype(np.int64))
    folder = tmp_path / "legacy"
    folder.mkdir()
    dense_files.write_dense(legacy, folder / dense.FILE)
    index = dense_files.read(folder, _manifest(folder, 200), mmap=True)
    for q in vectors[[0, 7, 150]]:
        found = dense.search_dense(index, q, 10)
        assert [r for r, _ in found] == _exact(vectors, q)
        assert [s for _, s in found] == pytest.approx([float(vectors[r] @ q) for r, _ in found], abs=1e-5)
    allowed = np.arange(200) % 2 == 1  # a filter still reads the map
    assert [r for r, _ in dense.search_dense(index, vectors[7], 5, allowed)] == _exact(vectors, vectors[7], 5, allowed)


@pytest.mark.parametrize(("name", "edit", "message"), [
    (dense.ROWS_FILE, lambda a: np.where(a == 3, 4, a), "dense_rows.npy is damaged .the row map holds a row"),
    (dense.ROWS_FILE, lambda a: np.where(a == 3, 10_000, a), "out of range or twice"),
    (dense.ROWS_FILE, lambda a: np.where(a == 3, -1, a), "live vectors, the manifest says"),
    (dense.ROWS_FILE, lambda a: a[:-1].copy(), "shape"),
    (dense.DELTA_FILE, lambda a: a[:-1].copy(), "dense_rows.npy is damaged .shape"),  # the map fits no more
    (dense.DELTA_FILE, lambda a: np.full_like(a, np.nan), "dense_delta.npy is damaged .a vector that is not finite"),
    (dense.DELTA_FILE, lambda a: a.astype(np.float16), "dtype"),
])
def test_a_damaged_delta_or_row_map_is_refused_at_load(old, tmp_path, name, edit, message):
    vectors, prev = old
    new_vectors, source = _edit(vectors, drop=[5], new=_unit(np.random.default_rng(10), 4))
    folder, _ = _written(graph.dense_for(new_vectors, source, prev, SMALL), tmp_path / "new", len(new_vectors))
    np.save(folder / name, edit(np.load(folder / name)))
    with pytest.raises(IndexCorruptError, match=message) as e:
        dense_files.read(folder, _manifest(folder, len(new_vectors)), mmap=True)
    assert "\n" not in str(e.value) and "dense_" in str(e.value)


@pytest.mark.parametrize("name", [dense.ROWS_FILE, dense.DELTA_FILE])
def test_a_missing_delta_or_row_map_is_refused_at_load(old, tmp_path, name):
    vectors, prev = old
    new_vectors, source = _edit(vectors, drop=[5], new=_unit(np.random.default_rng(11), 4))
    folder, m = _written(graph.dense_for(new_vectors, source, prev, SMALL), tmp_path / "new", len(new_vectors))
    (folder / name).unlink()
    with pytest.raises(IndexCorruptError) as e:  # listed in the manifest, gone from the folder
        dense_files.read(folder, m, mmap=True)
    assert "\n" not in str(e.value) and name in str(e.value)
    with pytest.raises(IndexCorruptError) as e:  # left out of the manifest too
        dense_files.read(folder, _manifest(folder, len(new_vectors)), mmap=True)
    assert "\n" not in str(e.value)

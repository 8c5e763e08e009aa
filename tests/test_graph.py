"""Incremental HNSW (qa/graph.py): inserts into the previous graph, hides deleted rows, rebuilds past the
deleted share, and refuses a damaged id map (the deleted marks) at load."""

import faiss
import numpy as np
import pytest

from qa import dense, graph
from qa.config import Settings
from qa.errors import IndexCorruptError

SMALL = Settings(hnsw_above=10, hnsw_rebuild_share=0.2)


def _unit(rng, n, d=16):
    v = rng.standard_normal((n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _tables(index):
    """(levels, per-node neighbour lists) of an id-mapped graph's HNSW."""
    hnsw = dense.graph_of(index).hnsw
    levels = faiss.vector_to_array(hnsw.levels).copy()
    offsets, neighbors = faiss.vector_to_array(hnsw.offsets), faiss.vector_to_array(hnsw.neighbors)
    return levels, [tuple(neighbors[offsets[i]:offsets[i + 1]]) for i in range(len(levels))]


@pytest.fixture
def old():
    """A 300-row graph as a previous version wrote it, row i holding hash h<i>."""
    vectors = _unit(np.random.default_rng(0), 300)
    hashes = [f"h{i}" for i in range(300)]
    built = graph.dense_for(vectors, hashes, None, SMALL)
    assert built.how == "new graph" and np.array_equal(dense.slot_rows(built.index), np.arange(300))
    return vectors, hashes, built.index


def _edit(vectors, hashes, drop, new):
    """The rows of a new version: `drop` rows gone, `new` vectors inserted at the front (rows shift)."""
    keep = [i for i in range(len(hashes)) if i not in set(drop)]
    return (np.concatenate([new, vectors[keep]]),
            [f"new{i}" for i in range(len(new))] + [hashes[i] for i in keep])


def test_new_vectors_are_inserted_into_the_existing_graph(old, monkeypatch):
    vectors, hashes, index = old
    levels, lists = _tables(index)
    prev = graph.previous_graph(index, hashes)
    monkeypatch.setattr(graph, "new_graph", lambda v: pytest.fail("the graph was built again"))
    new_vectors, new_hashes = _edit(vectors, hashes, drop=[5, 17, 250], new=_unit(np.random.default_rng(1), 4))
    got = graph.dense_for(new_vectors, new_hashes, prev, SMALL)
    assert (got.how, got.inserted, got.deleted) == ("updated graph", 4, 3)
    after_levels, after_lists = _tables(got.index)
    assert len(after_levels) == 304 and np.array_equal(after_levels[:300], levels)  # old nodes kept their place
    changed = [i for i in range(300) if lists[i] != after_lists[i]]
    assert len(changed) <= 60  # 4 insertions relink some of their neighbours; a new graph changes nearly all
    assert all(max(after_lists[i]) >= 300 for i in changed)  # each changed list links a new node
    rows = dense.slot_rows(got.index)
    assert list(rows[[5, 17, 250]]) == [-1, -1, -1] and list(rows[300:]) == [0, 1, 2, 3]
    assert rows[0] == 4 and rows[299] == 300  # old row 0 is row 4 now (4 rows in front of it)
    np.testing.assert_array_equal(dense.vectors_of(got.index), new_vectors)


def test_searches_never_return_deleted_rows_and_match_exact_search(old, tmp_path):
    vectors, hashes, index = old
    new_vectors, new_hashes = _edit(vectors, hashes, drop=list(range(0, 40, 2)), new=_unit(np.random.default_rng(2), 5))
    got = graph.dense_for(new_vectors, new_hashes, graph.previous_graph(index, hashes), SMALL)
    assert got.how == "updated graph" and got.deleted == 20
    dense.write_dense(got.index, tmp_path / "d.faiss")
    exact = dense.build_dense(new_vectors, kind="flat")
    for mmap in (False, True):
        loaded = dense.read_dense(tmp_path / "d.faiss", mmap=mmap, dim=16, ntotal=len(new_vectors))
        for i in (0, 3, 30, 200):  # a deleted vector's own query finds only live rows, and exact search's
            q = vectors[i]
            want = [r for r, _ in dense.search_dense(exact, q, 10)]
            assert [r for r, _ in dense.search_dense(loaded, q, 10)] == want
        allowed = np.zeros(len(new_vectors), bool)
        allowed[[7, 8]] = True
        assert {r for r, _ in dense.search_dense(loaded, new_vectors[7], 5, allowed)} == {7, 8}


def test_passing_the_deleted_share_builds_a_new_graph(old):
    vectors, hashes, index = old
    prev = graph.previous_graph(index, hashes)
    new_vectors, new_hashes = _edit(vectors, hashes, drop=list(range(70)), new=_unit(np.random.default_rng(3), 1))
    got = graph.dense_for(new_vectors, new_hashes, prev, SMALL)  # 70 of 301 slots deleted: past 20%
    assert got.how == "new graph" and got.index.ntotal == len(new_vectors)
    assert np.array_equal(dense.slot_rows(got.index), np.arange(len(new_vectors)))
    assert graph.dense_for(new_vectors[:8], new_hashes[:8], prev, SMALL).how == "flat"  # at or below the threshold


def test_a_graph_holding_other_vectors_under_the_same_hashes_is_replaced(old):
    vectors, hashes, index = old
    changed = vectors.copy()
    changed[42] = _unit(np.random.default_rng(6), 1)[0]  # a planted previous version: hash h42, another vector
    got = graph.dense_for(changed, hashes, graph.previous_graph(index, hashes), SMALL)
    assert got.how == "new graph"
    np.testing.assert_array_equal(dense.vectors_of(got.index), changed)


def test_a_graph_from_before_id_maps_is_replaced_not_updated():
    vectors = _unit(np.random.default_rng(4), 50)
    assert graph.previous_graph(dense.build_dense(vectors, kind="hnsw"), [str(i) for i in range(50)]) is None
    assert graph.previous_graph(dense.build_dense(vectors, kind="flat"), [str(i) for i in range(50)]) is None


def _forged(index, path, edit):
    edit(index)
    faiss.write_index(index, str(path))
    return path


@pytest.mark.parametrize(("edit", "message"), [
    (lambda ix: dense.slot_rows(ix).__setitem__(3, 4), "out of range or twice"),  # row 4 twice, row 3 missing
    (lambda ix: dense.slot_rows(ix).__setitem__(3, 300), "out of range or twice"),
    (lambda ix: dense.slot_rows(ix).__setitem__(3, -7), "out of range or twice"),
    (lambda ix: dense.slot_rows(ix).__setitem__(3, -1), "299 live vectors, the manifest says 300"),
    (lambda ix: ix.id_map.resize(299), "does not match"),  # FAISS's own check
])
def test_a_damaged_id_map_is_refused_at_load(old, tmp_path, edit, message):
    index = old[2]
    path = _forged(index, tmp_path / "bad.faiss", edit)
    for mmap in (False, True):
        with pytest.raises(IndexCorruptError, match=message):
            dense.read_dense(path, mmap=mmap, dim=16, ntotal=300)


def test_an_id_map_over_a_flat_index_is_refused(tmp_path):
    index = faiss.IndexIDMap(faiss.IndexFlatIP(16))
    index.add_with_ids(_unit(np.random.default_rng(5), 10), np.arange(10))
    faiss.write_index(index, str(tmp_path / "f.faiss"))
    with pytest.raises(IndexCorruptError, match="other than an HNSW graph"):
        dense.read_dense(tmp_path / "f.faiss", dim=16, ntotal=10)
